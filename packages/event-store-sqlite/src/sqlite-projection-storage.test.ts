import { foldSlot, openProjectionRunner, type Projection } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { databaseOf } from './sqlite-database-of.js'
import { createSqliteCheckpointStore } from './sqlite-checkpoint-store.js'
import { createSqliteEventStore, type SqliteEventStore } from './sqlite-event-store.js'
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
    const checkpoints = createSqliteCheckpointStore(databaseOf(store))
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
    const database = databaseOf(store)
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

describe('SqliteCheckpointStore.commit', () => {
  const synchronous = (store: SqliteEventStore) =>
    databaseOf(store).pragma('synchronous', { simple: true })

  it('commits rows and checkpoint without an fsync of their own, then restores full durability', async () => {
    const store = createSqliteEventStore({ path: file('relaxed.db'), durability: 'full' })
    const database = databaseOf(store)
    database.exec('CREATE TABLE board (id TEXT PRIMARY KEY, status TEXT NOT NULL)')
    const checkpoints = createSqliteCheckpointStore(database)
    const during: unknown[] = []
    checkpoints.commit('board', 1, () => {
      during.push(synchronous(store))
      database.prepare('INSERT INTO board VALUES (?, ?)').run('o-1', 'placed')
    })
    expect(during).toEqual([1])
    expect(synchronous(store)).toBe(2)
    expect(() =>
      checkpoints.commit('board', 2, () => {
        database.prepare('INSERT INTO board VALUES (?, ?)').run('o-2', 'placed')
        throw new Error('projection failed after writing')
      }),
    ).toThrow(/projection failed/)
    expect(synchronous(store)).toBe(2)
    expect(checkpoints.load('board')).toBe(1)
    expect(database.prepare('SELECT id FROM board').pluck().all()).toEqual(['o-1'])
    await store.appendToStream('s-1', [{ type: 'E', data: {} }])
    expect(synchronous(store)).toBe(2)
    await store.close()
  })

  it('keeps the setting of a store without a write-ahead log, and inside a transaction', async () => {
    const store = createSqliteEventStore({ path: ':memory:', durability: 'full' })
    const checkpoints = createSqliteCheckpointStore(databaseOf(store))
    const during: unknown[] = []
    checkpoints.commit('a', 1, () => during.push(synchronous(store)))
    const onDisk = createSqliteEventStore({ path: file('nested.db'), durability: 'full' })
    const nested = createSqliteCheckpointStore(databaseOf(onDisk))
    databaseOf(onDisk).transaction(() => {
      nested.commit('b', 2, () => during.push(synchronous(onDisk)))
    })()
    expect(during).toEqual([2, 2])
    expect(checkpoints.load('a')).toBe(1)
    expect(nested.load('b')).toBe(2)
    await store.close()
    await onDisk.close()
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
    const storage = createSqliteProjectionStorage<Record<string, number>>(
      databaseOf(store),
      'counter',
    )
    expect(await storage.load()).toBeUndefined()
    await (
      await openProjectionRunner({ store, slots: [foldSlot(counter, storage)], batchSize: 1 })
    ).catchUp()
    await store.close()

    const reopened = createSqliteEventStore({ path })
    await reopened.appendToStream('b', [{ type: 'X', data: {} }])
    const again = createSqliteProjectionStorage<Record<string, number>>(
      databaseOf(reopened),
      'counter',
    )
    expect(await again.load()).toEqual({ readModel: { X: 1, Y: 1 }, checkpoint: 2 })
    const runner = await openProjectionRunner({
      store: reopened,
      slots: [foldSlot(counter, again)],
    })
    expect(await runner.catchUp()).toEqual({ position: 3, eventsRead: 1 })
    expect(runner.readModel(counter)).toEqual({ X: 2, Y: 1 })
    await reopened.close()
  })

  it('uses the given serializer for read models JSON cannot hold', async () => {
    const store = createSqliteEventStore({ path: ':memory:' })
    const storage = createSqliteProjectionStorage<Map<string, number>>(databaseOf(store), 'map', {
      serialize: (model) => JSON.stringify([...model]),
      deserialize: (text) => new Map(JSON.parse(text) as [string, number][]),
    })
    await storage.save({ readModel: new Map([['a', 1]]), checkpoint: 5 })
    expect(await storage.load()).toEqual({ readModel: new Map([['a', 1]]), checkpoint: 5 })
    await store.close()
  })

  it('keeps the previous read model when saving its checkpoint fails in the same transaction', async () => {
    const store = createSqliteEventStore({ path: ':memory:' })
    const storage = createSqliteProjectionStorage<unknown>(databaseOf(store), 'bad')
    await storage.save({ readModel: { version: 1 }, checkpoint: 1 })
    // The read model is written first; the invalid checkpoint then fails the transaction.
    await expect(storage.save({ readModel: { version: 2 }, checkpoint: -1 })).rejects.toThrow(
      RangeError,
    )
    expect(await storage.load()).toEqual({ readModel: { version: 1 }, checkpoint: 1 })
    await store.close()
  })
})
