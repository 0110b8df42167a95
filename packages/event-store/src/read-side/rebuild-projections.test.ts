import { createInMemoryEventStore } from '../in-memory-event-store.js'
import { type EventStore } from '../event-store.js'
import { describe, expect, it } from 'vitest'
import { createInMemoryReadModelStorage } from './in-memory-read-model-storage.js'
import { openProjectionRunner } from './projection-runner.js'
import type { ProjectionProgress } from './projection-progress.js'
import { rebuildProjections } from './rebuild-projections.js'
import { rowSlot } from './row-slot.js'
import { aCounter, streamTally } from './stream-tally.fixture.js'

const seed = async (types: readonly string[], store: EventStore = createInMemoryEventStore()) => {
  for (const [i, type] of types.entries()) {
    await store.appendToStream(`s-${i % 2}`, [{ type, data: {} }])
  }
  return store
}

describe('rebuildProjections', () => {
  it('stores what a catch-up from zero stores, without loading the models it replaces', async () => {
    const store = await seed(['A', 'B', 'A', 'Reset', 'A', 'B'])
    const caughtUp = createInMemoryReadModelStorage(streamTally)
    await (await openProjectionRunner({ store, slots: [rowSlot(streamTally, caughtUp)] })).catchUp()

    const tally = createInMemoryReadModelStorage(streamTally)
    const counter = createInMemoryReadModelStorage(aCounter)
    await counter.commit([{ table: 'totals', key: 'stale', row: { count: 9, last: 9 } }], 9)
    const unloadable = {
      ...counter,
      load: () => Promise.reject(new Error('a rebuild must not load the old model')),
    }
    const progress: ProjectionProgress[] = []
    const result = await rebuildProjections({
      store,
      slots: [rowSlot(streamTally, tally), rowSlot(aCounter, unloadable)],
      batchSize: 4,
      onProgress: (p) => progress.push(p),
    })

    expect(result).toEqual({ position: 6, eventsRead: 6 })
    expect(tally.current()).toEqual(caughtUp.current())
    expect(counter.current()?.checkpoint).toBe(6)
    expect([...counter.current()!.readModel.totals.entries()]).toEqual([
      ['a', { count: 3, last: 5 }],
    ])
    expect(progress.map((p) => [p.position, p.targetPosition, p.projections])).toEqual([
      [4, 6, ['stream-tally', 'a-counter']],
      [6, 6, ['stream-tally', 'a-counter']],
    ])
  })

  it('applies events appended during the rebuild before it swaps in', async () => {
    const store = await seed(['A', 'A'])
    const tally = createInMemoryReadModelStorage(streamTally)
    let appended = false
    await rebuildProjections({
      store,
      slots: [rowSlot(streamTally, tally)],
      batchSize: 1,
      onProgress: () => {
        if (!appended) void store.appendToStream('s-9', [{ type: 'Late', data: {} }])
        appended = true
      },
    })
    expect(tally.current()?.checkpoint).toBe(3)
    expect(tally.current()?.readModel.streams.get('s-9')?.positions).toEqual([3])
  })

  it('leaves the stored model untouched when it fails', async () => {
    const store = await seed(['A', 'A', 'A'])
    const tally = createInMemoryReadModelStorage(streamTally)
    await (await openProjectionRunner({ store, slots: [rowSlot(streamTally, tally)] })).catchUp()
    const before = tally.current()
    await seed(['A'], store)
    const controller = new AbortController()
    const rebuild = rebuildProjections({
      store,
      slots: [rowSlot(streamTally, tally)],
      batchSize: 1,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    })
    await expect(rebuild).rejects.toThrow()
    expect(tally.current()).toBe(before)
  })
})
