import { catchUpProjection, type Projection } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { createSqliteCheckpointStore } from './sqlite-checkpoint-store.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { createSqliteProjectionStorage } from './sqlite-projection-storage.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()

const counter: Projection<Record<string, number>> = {
  name: 'counter',
  initialState: () => ({}),
  evolve: (model, event) => ({ ...model, [event.type]: (model[event.type] ?? 0) + 1 }),
}

describe('createSqliteCheckpointStore', () => {
  it('loads nothing for a new name, then the last saved position', async () => {
    const store = createSqliteEventStore({ path: ':memory:' })
    const checkpoints = createSqliteCheckpointStore(store.database)
    expect(checkpoints.load('board')).toBeUndefined()
    checkpoints.save('board', 3)
    checkpoints.save('board', 7)
    checkpoints.save('other', 1)
    expect(checkpoints.load('board')).toBe(7)
    expect(() => checkpoints.save('board', -1)).toThrow(RangeError)
    await store.close()
  })

  it('commits a read-model row and its checkpoint together or not at all', async () => {
    const store = createSqliteEventStore({ path: ':memory:' })
    const { database } = store
    database.exec('CREATE TABLE board (id TEXT PRIMARY KEY, status TEXT NOT NULL)')
    const checkpoints = createSqliteCheckpointStore(database)
    const apply = database.transaction((id: string, position: number, fail: boolean) => {
      database.prepare('INSERT OR REPLACE INTO board VALUES (?, ?)').run(id, 'placed')
      checkpoints.save('board', position)
      if (fail) throw new Error('projection failed after writing')
    })
    apply('o-1', 1, false)
    expect(() => apply('o-2', 2, true)).toThrow(/projection failed/)
    expect(checkpoints.load('board')).toBe(1)
    expect(database.prepare('SELECT id FROM board').pluck().all()).toEqual(['o-1'])
    await store.close()
  })
})

describe('createSqliteProjectionStorage', () => {
  it('keeps a read model and its checkpoint across a reopen, and catch-up resumes from there', async () => {
    const path = file('projection.db')
    const store = createSqliteEventStore({ path })
    await store.appendToStream('a', [
      { type: 'X', data: {} },
      { type: 'Y', data: {} },
    ])
    const storage = createSqliteProjectionStorage<Record<string, number>>(store, 'counter')
    expect(await storage.load()).toBeUndefined()
    await catchUpProjection({ store, projection: counter, storage, batchSize: 1 })
    await store.close()

    const reopened = createSqliteEventStore({ path })
    await reopened.appendToStream('b', [{ type: 'X', data: {} }])
    const again = createSqliteProjectionStorage<Record<string, number>>(reopened, 'counter')
    expect(await again.load()).toEqual({ readModel: { X: 1, Y: 1 }, checkpoint: 2 })
    const caughtUp = await catchUpProjection({
      store: reopened,
      projection: counter,
      storage: again,
    })
    expect(caughtUp).toMatchObject({ readModel: { X: 2, Y: 1 }, checkpoint: 3, eventsRead: 1 })
    await reopened.close()
  })

  it('uses the given serializer for read models JSON cannot hold', async () => {
    const store = createSqliteEventStore({ path: ':memory:' })
    const storage = createSqliteProjectionStorage<Map<string, number>>(store, 'map', {
      serialize: (model) => JSON.stringify([...model]),
      deserialize: (text) => new Map(JSON.parse(text) as [string, number][]),
    })
    await storage.save({ readModel: new Map([['a', 1]]), checkpoint: 5 })
    expect(await storage.load()).toEqual({ readModel: new Map([['a', 1]]), checkpoint: 5 })
    await store.close()
  })

  it('keeps the previous read model when saving its checkpoint fails in the same transaction', async () => {
    const store = createSqliteEventStore({ path: ':memory:' })
    const storage = createSqliteProjectionStorage<unknown>(store, 'bad')
    await storage.save({ readModel: { version: 1 }, checkpoint: 1 })
    // The read model is written first; the invalid checkpoint then fails the transaction.
    await expect(storage.save({ readModel: { version: 2 }, checkpoint: -1 })).rejects.toThrow(
      RangeError,
    )
    expect(await storage.load()).toEqual({ readModel: { version: 1 }, checkpoint: 1 })
    await store.close()
  })
})
