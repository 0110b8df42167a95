import {
  catchUpProjection,
  createInMemoryEventStore,
  createInMemoryProjectionStorage,
  type EventStore,
  type Projection,
  type RecordedEvent,
} from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { EventStoreDbUnavailableError } from './event-store-db-unavailable-error.js'
import {
  runSubscriptionProjection,
  type SubscriptionSource,
} from './run-subscription-projection.js'

type Counts = Record<string, number>

const counts: Projection<Counts> = {
  name: 'counts',
  initialState: () => ({}),
  evolve: (model, event) => ({ ...model, [event.type]: (model[event.type] ?? 0) + 1 }),
  eventTypes: ['A', 'B'],
}

type Step = { deliver: number; then: 'drop' | 'end' | 'fail' | 'live' }

// A subscription over an in-memory store, following a script per subscription: deliver so many
// events (polling the store, so later appends arrive live), then drop, end, fail or stay live.
const scriptedSource = (store: EventStore, script: Step[]) => {
  const calls: { after: number; eventTypes?: readonly string[] }[] = []
  const subscribe: SubscriptionSource = (options) => {
    calls.push(options)
    const step = script[calls.length - 1] ?? { deliver: Infinity, then: 'live' }
    const types = options.eventTypes === undefined ? undefined : new Set(options.eventTypes)
    let cursor = options.after
    let delivered = 0
    let closed = false
    const nextEvent = async (): Promise<RecordedEvent | undefined> => {
      for await (const event of store.readAll({ fromPosition: cursor + 1 })) {
        cursor = event.position
        if (types === undefined || types.has(event.type)) return event
      }
      return undefined
    }
    return {
      [Symbol.asyncIterator]: () => ({
        next: async (): Promise<IteratorResult<RecordedEvent>> => {
          for (;;) {
            if (closed) return { done: true, value: undefined }
            if (delivered >= step.deliver && step.then !== 'live') {
              if (step.then === 'drop') throw new EventStoreDbUnavailableError('fake:2113')
              if (step.then === 'fail') throw new TypeError('not a connection problem')
              return { done: true, value: undefined }
            }
            const event = await nextEvent()
            if (event !== undefined) {
              delivered++
              return { done: false, value: event }
            }
            await new Promise((resolve) => setTimeout(resolve, 5))
          }
        },
        return: () => {
          closed = true
          return Promise.resolve({ done: true, value: undefined })
        },
      }),
    }
  }
  return { subscribe, calls }
}

const seed = async (store: EventStore, types: string[]): Promise<void> => {
  for (const [i, type] of types.entries()) {
    await store.appendToStream(`s-${i % 3}`, [{ type, data: { i } }])
  }
}

const until = async (condition: () => boolean): Promise<void> => {
  const deadline = Date.now() + 3000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

const rebuilt = async (store: EventStore) =>
  (
    await catchUpProjection({
      store,
      projection: counts,
      storage: createInMemoryProjectionStorage<Counts>(),
    })
  ).readModel

const types = ['A', 'C', 'B', 'A', 'A', 'C', 'B', 'A', 'B', 'A', 'C', 'A', 'B', 'A']

describe('runSubscriptionProjection', () => {
  it('builds the read model a catch-up from zero builds, saving in batches, until aborted', async () => {
    const store = createInMemoryEventStore()
    await seed(store, types)
    const storage = createInMemoryProjectionStorage<Counts>()
    const saved: number[] = []
    const { subscribe, calls } = scriptedSource(store, [])
    const controller = new AbortController()
    const running = runSubscriptionProjection({
      subscribe,
      projection: counts,
      storage,
      signal: controller.signal,
      batchSize: 4,
      onCheckpoint: ({ checkpoint }) => saved.push(checkpoint),
    })
    const lastOurs = 14 // the last A or B event is the 14th appended
    await until(() => storage.current()?.checkpoint === lastOurs)
    controller.abort()
    const final = await running
    expect(final).toEqual({ readModel: await rebuilt(store), checkpoint: lastOurs })
    expect(storage.current()).toEqual(final)
    expect(calls).toEqual([{ after: 0, eventTypes: ['A', 'B'] }])
    expect(saved.length).toBeGreaterThanOrEqual(3)
  })

  it('resubscribes after dropped connections from the last applied position, with backoff', async () => {
    const store = createInMemoryEventStore()
    await seed(store, types)
    const storage = createInMemoryProjectionStorage<Counts>()
    const delays: number[] = []
    const { subscribe, calls } = scriptedSource(store, [
      { deliver: 3, then: 'drop' },
      { deliver: 0, then: 'drop' },
      { deliver: 0, then: 'drop' },
      { deliver: 2, then: 'end' },
      { deliver: 0, then: 'drop' },
    ])
    const controller = new AbortController()
    const running = runSubscriptionProjection({
      subscribe,
      projection: counts,
      storage,
      signal: controller.signal,
      backoff: { initialMs: 100, maxMs: 300 },
      sleep: (ms) => {
        delays.push(ms)
        return Promise.resolve()
      },
    })
    await until(() => calls.length === 6 && storage.current()?.checkpoint === 14)
    controller.abort()
    const final = await running
    expect(final.readModel).toEqual(await rebuilt(store))
    // The first subscription applies A, B, A at positions 1, 3, 4; the fourth A, B at 5, 7.
    expect(calls.map((c) => c.after)).toEqual([0, 4, 4, 4, 7, 7])
    // Doubling, capped at maxMs, and back to the first delay once events flow again.
    expect(delays).toEqual([100, 200, 300, 100, 200])
  })

  it('saves applied events once no event arrived for flushAfterMs', async () => {
    const store = createInMemoryEventStore()
    await seed(store, ['A', 'B'])
    const storage = createInMemoryProjectionStorage<Counts>()
    const controller = new AbortController()
    const running = runSubscriptionProjection({
      subscribe: scriptedSource(store, []).subscribe,
      projection: counts,
      storage,
      signal: controller.signal,
      batchSize: 1000,
      flushAfterMs: 20,
    })
    await until(() => storage.current()?.checkpoint === 2)
    await store.appendToStream('s-9', [{ type: 'B', data: {} }])
    await until(() => storage.current()?.checkpoint === 3)
    expect(storage.current()?.readModel).toEqual({ A: 1, B: 2 })
    controller.abort()
    await running
  })

  it('resumes from the stored checkpoint without applying an event twice', async () => {
    const store = createInMemoryEventStore()
    await seed(store, types)
    const storage = createInMemoryProjectionStorage<Counts>()
    await catchUpProjection({ store, projection: counts, storage, untilPosition: 6 })
    const controller = new AbortController()
    const { subscribe, calls } = scriptedSource(store, [])
    const running = runSubscriptionProjection({
      subscribe,
      projection: counts,
      storage,
      signal: controller.signal,
    })
    await until(() => storage.current()?.checkpoint === 14)
    controller.abort()
    expect((await running).readModel).toEqual(await rebuilt(store))
    expect(calls[0]?.after).toBe(6)
  })

  it('rejects on a failure that is not a dropped connection, after saving what it applied', async () => {
    const store = createInMemoryEventStore()
    await seed(store, types)
    const storage = createInMemoryProjectionStorage<Counts>()
    const running = runSubscriptionProjection({
      subscribe: scriptedSource(store, [{ deliver: 3, then: 'fail' }]).subscribe,
      projection: counts,
      storage,
      signal: new AbortController().signal,
    })
    await expect(running).rejects.toThrow(TypeError)
    expect(storage.current()).toEqual({ readModel: { A: 2, B: 1 }, checkpoint: 4 })
  })
})
