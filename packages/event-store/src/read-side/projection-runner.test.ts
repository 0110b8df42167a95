import { createInMemoryEventStore } from '../in-memory-event-store.js'
import { type EventStore } from '../event-store.js'
import { describe, expect, it } from 'vitest'
import { createInMemoryReadModelStorage } from './in-memory-read-model-storage.js'
import { openProjectionRunner } from './projection-runner.js'
import type { ProjectionProgress } from './projection-progress.js'
import { rowSlot } from './row-slot.js'
import { aCounter, streamTally } from './stream-tally.fixture.js'

const seed = async (types: readonly string[], store: EventStore = createInMemoryEventStore()) => {
  for (const [i, type] of types.entries()) {
    await store.appendToStream(`s-${i % 2}`, [{ type, data: {} }])
  }
  return store
}

describe('openProjectionRunner', () => {
  it('runs several projections in one pass and commits rows with the checkpoint', async () => {
    const store = await seed(['A', 'B', 'A', 'Reset', 'A'])
    const tallyStorage = createInMemoryReadModelStorage(streamTally)
    const counterStorage = createInMemoryReadModelStorage(aCounter)
    const runner = await openProjectionRunner({
      store,
      slots: [rowSlot(streamTally, tallyStorage), rowSlot(aCounter, counterStorage)],
      batchSize: 2,
    })
    const result = await runner.catchUp()
    expect(result).toEqual({ position: 5, eventsRead: 5 })
    expect([...runner.readModel(streamTally).streams.values()]).toEqual([
      { streamName: 's-0', count: 3, positions: [1, 3, 5] },
    ])
    expect(runner.readModel(aCounter).totals.get('a')).toEqual({ count: 3, last: 5 })
    expect(tallyStorage.current()?.checkpoint).toBe(5)
    expect(tallyStorage.current()?.readModel).toEqual(runner.readModel(streamTally))
  })

  it('resumes from each stored checkpoint without applying an event twice', async () => {
    const store = await seed(['A', 'A', 'A'])
    const tally = createInMemoryReadModelStorage(streamTally)
    const counter = createInMemoryReadModelStorage(aCounter)
    const first = await openProjectionRunner({ store, slots: [rowSlot(streamTally, tally)] })
    await first.catchUp()
    await seed(['A', 'B'], store)
    const second = await openProjectionRunner({
      store,
      slots: [rowSlot(streamTally, tally), rowSlot(aCounter, counter)],
    })
    expect(await second.status()).toEqual([
      { name: 'stream-tally', checkpoint: 3, lastPosition: 5, behind: 2 },
      { name: 'a-counter', checkpoint: 0, lastPosition: 5, behind: 5 },
    ])
    await second.catchUp()
    expect(second.readModel(streamTally).streams.get('s-0')?.positions).toEqual([1, 3, 4])
    expect(second.readModel(aCounter).totals.get('a')).toEqual({ count: 4, last: 4 })
    expect((await second.status()).map((s) => s.behind)).toEqual([0, 0])
  })

  it('keeps serving the old read model during a rebuild and swaps in the new one at the end', async () => {
    const store = await seed(['A', 'A', 'A', 'A'])
    const storage = createInMemoryReadModelStorage(streamTally)
    const runner = await openProjectionRunner({
      store,
      slots: [rowSlot(streamTally, storage)],
      rebuildBatchSize: 1,
    })
    await runner.catchUp({ untilPosition: 2 })
    const served: (number | undefined)[] = []
    const progress: ProjectionProgress[] = []
    const rebuilt = await runner.rebuild({
      onProgress: (p) => {
        progress.push(p)
        served.push(runner.readModel(streamTally).streams.get('s-0')?.count)
      },
    })
    expect(rebuilt).toEqual({ position: 4, eventsRead: 4 })
    expect(served).toEqual([1, 1, 1, 1])
    expect(runner.readModel(streamTally).streams.get('s-0')?.count).toBe(2)
    expect(storage.current()?.checkpoint).toBe(4)
    expect(
      progress.map((p) => [p.eventsDone, p.position, p.targetPosition, p.etaSeconds === 0]),
    ).toEqual([
      [1, 1, 4, false],
      [2, 2, 4, false],
      [3, 3, 4, false],
      [4, 4, 4, true],
    ])
    expect(progress.every((p) => p.eventsPerSecond > 0)).toBe(true)
  })

  it('applies events appended during a rebuild before it swaps in', async () => {
    const store = await seed(['A', 'A'])
    const storage = createInMemoryReadModelStorage(streamTally)
    const runner = await openProjectionRunner({
      store,
      slots: [rowSlot(streamTally, storage)],
      rebuildBatchSize: 1,
    })
    let appended = false
    await runner.rebuild({
      onProgress: () => {
        if (!appended) void store.appendToStream('s-9', [{ type: 'Late', data: {} }])
        appended = true
      },
    })
    expect(runner.readModel(streamTally).streams.get('s-9')?.positions).toEqual([3])
    expect(storage.current()?.checkpoint).toBe(3)
  })

  it('leaves the live read model untouched when a rebuild fails', async () => {
    const store = await seed(['A', 'A', 'A'])
    const storage = createInMemoryReadModelStorage(streamTally)
    const runner = await openProjectionRunner({
      store,
      slots: [rowSlot(streamTally, storage)],
      rebuildBatchSize: 1,
    })
    await runner.catchUp()
    const before = runner.readModel(streamTally)
    const controller = new AbortController()
    const rebuild = runner.rebuild({
      signal: controller.signal,
      onProgress: () => controller.abort(),
    })
    await expect(rebuild).rejects.toThrow()
    expect(runner.readModel(streamTally)).toBe(before)
    expect(storage.current()?.checkpoint).toBe(3)
  })

  it('yields to the event loop during a sliced catch-up: a timer set as it starts fires first', async () => {
    const store = createInMemoryEventStore()
    for (let i = 0; i < 2000; i++)
      await store.appendToStream(`s-${i % 2}`, [{ type: 'A', data: {} }])
    const storage = createInMemoryReadModelStorage(streamTally)
    const runner = await openProjectionRunner({
      store,
      slots: [rowSlot(streamTally, storage)],
      catchUpSliceMs: 1,
    })
    const order: string[] = []
    setTimeout(() => order.push('timer'), 0)
    const result = await runner.catchUp()
    order.push('caught up')
    expect(order).toEqual(['timer', 'caught up'])
    expect(result).toEqual({ position: 2000, eventsRead: 2000 })
    expect(runner.readModel(streamTally).streams.get('s-0')?.count).toBe(1000)
    expect(storage.current()?.checkpoint).toBe(2000)
  })

  it('commits a sliced catch-up in slices sized to the time each position took', async () => {
    const store = await seed(Array.from({ length: 400 }, () => 'A'))
    let clock = 0
    // Each position read costs 1/8 ms: a 5 ms slice holds 40 positions.
    const timed: EventStore = {
      ...store,
      readAll: async function* (options) {
        for await (const event of store.readAll(options)) {
          clock += 0.125
          yield event
        }
      },
    }
    const storage = createInMemoryReadModelStorage(streamTally)
    const runner = await openProjectionRunner({
      store: timed,
      slots: [rowSlot(streamTally, storage)],
      catchUpSliceMs: 5,
      now: () => clock,
    })
    const committed: number[] = []
    await runner.catchUp({ onProgress: (p) => committed.push(p.position) })
    const slices = committed.map((position, i) => position - (committed[i - 1] ?? 0))
    expect(slices.slice(0, 2)).toEqual([64, 40])
    expect(new Set(slices.slice(2, -1))).toEqual(new Set([40]))
    expect(storage.current()?.checkpoint).toBe(400)
  })

  it('rejects two projections with the same name', async () => {
    const store = createInMemoryEventStore()
    const storage = createInMemoryReadModelStorage(streamTally)
    await expect(
      openProjectionRunner({
        store,
        slots: [rowSlot(streamTally, storage), rowSlot(streamTally, storage)],
      }),
    ).rejects.toThrow(/Duplicate projection names/)
  })
})
