import { randomUUID } from 'node:crypto'
import { isWrongExpectedRevisionError, type RecordedEvent } from '@wenming/event-store'
import { eventStoreContract } from '@wenming/event-store/testing'
import { describe, expect, it } from 'vitest'
import { databaseOf } from './sqlite-database-of.js'
import { isSqliteStoreClosedError } from './sqlite-store-errors.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()

eventStoreContract('sqlite (:memory:)', {
  create: () => createSqliteEventStore({ path: ':memory:' }),
})
eventStoreContract('sqlite (file, full)', {
  create: () => createSqliteEventStore({ path: file('contract-full.db') }),
  raceWidth: 64,
})
eventStoreContract('sqlite (file, every readAll read ahead on a worker)', {
  create: () => createSqliteEventStore({ path: file('contract-ahead.db'), readAheadFrom: 0 }),
})
eventStoreContract('sqlite (file, normal)', {
  create: () => createSqliteEventStore({ path: file('contract-normal.db'), durability: 'normal' }),
})

const collect = async (events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = []
  for await (const event of events) all.push(event)
  return all
}

describe('createSqliteEventStore', () => {
  it('opens in WAL mode with fsync at each commit by default, or normal on request', async () => {
    const full = createSqliteEventStore({ path: file('pragmas-full.db') })
    expect(databaseOf(full).pragma('journal_mode', { simple: true })).toBe('wal')
    expect(databaseOf(full).pragma('synchronous', { simple: true })).toBe(2)
    await full.close()
    const normal = createSqliteEventStore({ path: file('pragmas-normal.db'), durability: 'normal' })
    expect(databaseOf(normal).pragma('synchronous', { simple: true })).toBe(1)
    await normal.close()
  })

  it('keeps its events across a reopen, and numbers positions from 1 on', async () => {
    const path = file('reopen.db')
    const first = createSqliteEventStore({ path })
    const a = await first.appendToStream('s', [{ type: 'A', data: { n: 1 } }])
    expect(a).toEqual({ nextExpectedRevision: 0, position: 1 })
    await first.close()
    const second = createSqliteEventStore({ path })
    const b = await second.appendToStream('s', [{ type: 'B', data: null }], {
      expectedRevision: 0,
    })
    expect(b).toEqual({ nextExpectedRevision: 1, position: 2 })
    const events = await collect(second.readAll())
    expect(events.map((e) => [e.type, e.data, e.revision, e.position])).toEqual([
      ['A', { n: 1 }, 0, 1],
      ['B', null, 1, 2],
    ])
    expect(events[0]?.recordedAt).toBeInstanceOf(Date)
    await second.close()
  })

  it('commits concurrent appends together, each with its own check: a conflict fails only itself', async () => {
    const store = createSqliteEventStore({ path: file('group.db') })
    await store.appendToStream('b', [{ type: 'B0', data: {} }])
    const outcomes = await Promise.allSettled([
      store.appendToStream('a', [{ type: 'A0', data: {} }], { expectedRevision: 'no_stream' }),
      store.appendToStream('b', [{ type: 'B1', data: {} }], { expectedRevision: 'no_stream' }),
      store.appendToStream('a', [{ type: 'A1', data: {} }], { expectedRevision: 0 }),
      store.appendToStream('c', [
        { type: 'C0', data: {} },
        { type: 'C1', data: {} },
      ]),
    ])
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ])
    expect(isWrongExpectedRevisionError((outcomes[1] as PromiseRejectedResult).reason)).toBe(true)
    const all = await collect(store.readAll())
    expect(all.map((e) => e.type)).toEqual(['B0', 'A0', 'A1', 'C0', 'C1'])
    // One transaction for the batch: the three appends share their commit time.
    expect(new Set(all.slice(1).map((e) => e.recordedAt.getTime())).size).toBe(1)
    await store.close()
  })

  it('tells its observer how many appends each group commit carried', async () => {
    const sizes: number[] = []
    const store = createSqliteEventStore({
      path: file('observed.db'),
      onGroupCommit: (size) => sizes.push(size),
    })
    await store.appendToStream('a', [{ type: 'A0', data: {} }])
    await Promise.all([
      store.appendToStream('b', [{ type: 'B0', data: {} }]),
      store.appendToStream('c', [{ type: 'C0', data: {} }]),
      store.appendToStream('d', [
        { type: 'D0', data: {} },
        { type: 'D1', data: {} },
      ]),
    ])
    expect(sizes).toEqual([1, 3])
    await store.close()
  })

  it('leaves nothing of an append whose second event cannot be stored, and keeps its batch', async () => {
    const store = createSqliteEventStore({ path: ':memory:' })
    const outcomes = await Promise.allSettled([
      store.appendToStream('ok-1', [{ type: 'A', data: {} }]),
      store.appendToStream('bad', [
        { type: 'A', data: {} },
        { type: 'B', data: { n: 1n } },
      ]),
      store.appendToStream('ok-2', [{ type: 'C', data: {} }]),
    ])
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect((await collect(store.readAll())).map((e) => e.streamName)).toEqual(['ok-1', 'ok-2'])
    expect(await collect(store.readStream('bad'))).toEqual([])
    await store.close()
  })

  it('rejects an append that repeats an event id within itself', async () => {
    const store = createSqliteEventStore({ path: ':memory:' })
    const append = store.appendToStream('s', [
      { type: 'A', data: {}, id: 'same' },
      { type: 'B', data: {}, id: 'same' },
    ])
    await expect(append).rejects.toThrow(/appears twice/)
    expect(await collect(store.readAll())).toEqual([])
    await store.close()
  })

  it('reads all across many batches in order, up to the end seen when reading starts', async () => {
    const store = createSqliteEventStore({ path: ':memory:' })
    const appends = Array.from({ length: 1000 }, (_, i) =>
      store.appendToStream(`s-${i % 7}`, [
        { type: 'E', data: { i }, id: randomUUID() },
        { type: 'E', data: { i }, id: randomUUID() },
        { type: 'E', data: { i }, id: randomUUID() },
        { type: 'E', data: { i }, id: randomUUID() },
        { type: 'E', data: { i }, id: randomUUID() },
      ]),
    )
    await Promise.all(appends)
    const positions: number[] = []
    for await (const event of store.readAll({ fromPosition: 2 })) {
      positions.push(event.position)
      // Appending while reading neither blocks nor extends this read.
      if (positions.length === 10) await store.appendToStream('late', [{ type: 'L', data: {} }])
    }
    expect(positions).toEqual(Array.from({ length: 4999 }, (_, i) => i + 2))
    expect((await collect(store.readStream('s-3', { fromRevision: 700 }))).length).toBe(
      5 * 143 - 700,
    )
    await store.close()
  })

  it('commits queued appends on close, then refuses appends and reads', async () => {
    const path = file('close.db')
    const store = createSqliteEventStore({ path })
    const pending = store.appendToStream('s', [{ type: 'A', data: {} }])
    await store.close()
    await expect(pending).resolves.toEqual({ nextExpectedRevision: 0, position: 1 })
    const refused = await store
      .appendToStream('s', [{ type: 'B', data: {} }])
      .catch((e: unknown) => e)
    expect(isSqliteStoreClosedError(refused)).toBe(true)
    await expect(collect(store.readStream('s'))).rejects.toThrow(/closed/)
    const reopened = createSqliteEventStore({ path })
    expect((await collect(reopened.readAll())).map((e) => e.type)).toEqual(['A'])
    await reopened.close()
  })
})
