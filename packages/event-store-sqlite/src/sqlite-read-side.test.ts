import { randomUUID } from 'node:crypto'
import {
  openProjectionRunner,
  readSideFrom,
  rowSlot,
  type RowProjection,
} from '@wenming/event-store'
import { readSideContract } from '@wenming/event-store/testing'
import { describe, expect, it } from 'vitest'
import { databaseOf } from './sqlite-database-of.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { sqliteReadModelStore } from './sqlite-read-model-store.js'
import { sqliteReadSide } from './sqlite-read-side.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()
const fresh = (name: string) => file(`${name}-${randomUUID()}.db`)

readSideContract('sqlite (:memory:)', {
  create: () => {
    const store = createSqliteEventStore({ path: ':memory:' })
    return { store, readSide: sqliteReadSide(store) }
  },
})
readSideContract('sqlite (file, read ahead on a worker)', {
  create: () => {
    const store = createSqliteEventStore({ path: fresh('ahead'), durability: 'normal' })
    return { store, readSide: sqliteReadSide(store, { readAhead: true }) }
  },
  numRuns: 15,
})
readSideContract('sqlite read models in a file of their own', {
  create: () => {
    const store = createSqliteEventStore({ path: ':memory:' })
    const events = sqliteReadSide(store)
    return {
      store,
      readSide: readSideFrom(events.source, sqliteReadModelStore({ path: fresh('models') })),
    }
  },
  numRuns: 15,
})

const orders: RowProjection<{ orders: { count: number } }> = {
  name: 'Order board',
  tables: ['orders'],
  changes: (readModel, event) => [
    {
      table: 'orders',
      key: event.streamName,
      row: { count: (readModel.orders.get(event.streamName)?.count ?? 0) + 1 },
    },
  ],
}

describe('sqliteReadSide', () => {
  it('names the file its read models live in', () => {
    const path = fresh('named')
    const store = createSqliteEventStore({ path })
    expect(sqliteReadSide(store).description).toBe(`sqlite:${path}`)
    expect(sqliteReadModelStore({ path: fresh('other') }).description).toMatch(/^sqlite:.*other/)
    return store.close()
  })

  it('keeps rows in tables of the store file and renames a rebuild over them, leaving no copy', async () => {
    const path = fresh('tables')
    const store = createSqliteEventStore({ path, durability: 'normal' })
    await store.appendToStream('o-1', [
      { type: 'A', data: {} },
      { type: 'A', data: {} },
    ])
    const readSide = sqliteReadSide(store)
    const slots = () => [rowSlot(orders, readSide.storageFor(orders))]
    const runner = await openProjectionRunner({ store, source: readSide.source, slots: slots() })
    await runner.catchUp()
    await runner.rebuild()
    const database = databaseOf(store)
    const tables = database
      .prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'rm%' ORDER BY name`)
      .pluck()
      .all()
    expect(tables).toEqual(['rm_order_board_orders'])
    expect(database.prepare('SELECT row FROM rm_order_board_orders').pluck().all()).toEqual([
      '{"count":2}',
    ])
    await readSide.close()
    await store.close()
  })
})
