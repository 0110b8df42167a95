import { describe, expect, it } from 'vitest'
import type { Decider } from './decider.js'
import type { EventStore } from './event-store.js'
import { createInMemoryEventStore } from './in-memory-event-store.js'
import { createStateReader } from './state-reader.js'
import { countingReads } from './test-support/counting-reads.js'

type Added = { type: 'Added'; data: { amount: number } }

/** The state is a fresh object per event. */
const tally: Pick<
  Decider<never, Added, { total: number; count: number }>,
  'initialState' | 'evolve'
> = {
  initialState: { total: 0, count: 0 },
  evolve: ({ total, count }, event) => ({ total: total + event.data.amount, count: count + 1 }),
}

const added = (amount: number, commandId?: string) => ({
  type: 'Added',
  data: { amount },
  ...(commandId === undefined ? {} : { metadata: { commandId } }),
})

const fill = async (store: EventStore, streamName: string, events: number, amount = 1) => {
  for (let i = 0; i < events; i++) await store.appendToStream(streamName, [added(amount, `f${i}`)])
}

describe('createStateReader', () => {
  it('returns the initial state for a stream that does not exist', async () => {
    const read = createStateReader(tally)
    expect(await read(createInMemoryEventStore(), 'tally-1')).toBe(tally.initialState)
  })

  it('reads only the events appended since the last read of a long stream', async () => {
    const { store, counted } = countingReads(createInMemoryEventStore())
    const read = createStateReader(tally)
    await fill(store, 'tally-1', 100)
    expect(await read(store, 'tally-1')).toEqual({ total: 100, count: 100 })
    counted.events = 0
    await store.appendToStream('tally-1', [added(5), added(7, 'x')])
    expect(await read(store, 'tally-1')).toEqual({ total: 112, count: 102 })
    expect(counted.events).toBe(2)
    counted.events = 0
    expect(await read(store, 'tally-1')).toEqual({ total: 112, count: 102 })
    expect(counted.events).toBe(0)
  })

  it('reads streams shorter than minEvents in full every time', async () => {
    const { store, counted } = countingReads(createInMemoryEventStore())
    const read = createStateReader(tally, { stateCache: { minEvents: 16 } })
    await fill(store, 'tally-1', 15)
    await read(store, 'tally-1')
    counted.events = 0
    expect(await read(store, 'tally-1')).toEqual({ total: 15, count: 15 })
    expect(counted.events).toBe(15)
  })

  it('reads the whole stream every time without the cache', async () => {
    const { store, counted } = countingReads(createInMemoryEventStore())
    const read = createStateReader(tally, { stateCache: false })
    await fill(store, 'tally-1', 100)
    await read(store, 'tally-1')
    counted.events = 0
    expect(await read(store, 'tally-1')).toEqual({ total: 100, count: 100 })
    expect(counted.events).toBe(100)
  })

  it('never carries a stream over to another store with the same stream name', async () => {
    const read = createStateReader(tally, { stateCache: { minEvents: 0 } })
    const first = createInMemoryEventStore()
    await fill(first, 'tally-1', 20)
    expect(await read(first, 'tally-1')).toEqual({ total: 20, count: 20 })
    const second = createInMemoryEventStore()
    await fill(second, 'tally-1', 3, 4)
    expect(await read(second, 'tally-1')).toEqual({ total: 12, count: 3 })
  })

  it('never carries a stream over to a reader of another decider', async () => {
    const store = createInMemoryEventStore()
    const doubled: typeof tally = {
      ...tally,
      evolve: ({ total, count }, event) => ({
        total: total + 2 * event.data.amount,
        count: count + 1,
      }),
    }
    await fill(store, 'tally-1', 20)
    expect(await createStateReader(tally)(store, 'tally-1')).toEqual({ total: 20, count: 20 })
    expect(await createStateReader(doubled)(store, 'tally-1')).toEqual({ total: 40, count: 20 })
  })

  it('reads the whole stream again when the store does not continue at the cached revision', async () => {
    const inner = createInMemoryEventStore()
    // A store that ignores fromRevision: every read starts at revision 0.
    const rewinding: EventStore = { ...inner, readStream: (name) => inner.readStream(name) }
    const read = createStateReader(tally, { stateCache: { minEvents: 0 } })
    await fill(rewinding, 'tally-1', 20)
    expect(await read(rewinding, 'tally-1')).toEqual({ total: 20, count: 20 })
    await fill(rewinding, 'tally-1', 1, 5)
    expect(await read(rewinding, 'tally-1')).toEqual({ total: 25, count: 21 })
    expect(await read(rewinding, 'tally-1')).toEqual({ total: 25, count: 21 })
  })
})
