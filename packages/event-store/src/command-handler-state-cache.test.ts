import { describe, expect, it } from 'vitest'
import { createCommandHandler } from './command-handler.js'
import type { Decider } from './decider.js'
import type { EventStore } from './event-store.js'
import { createInMemoryEventStore } from './in-memory-event-store.js'
import { countingReads } from './test-support/counting-reads.js'

type Added = { type: 'Added'; data: { amount: number } }
type Add = { type: 'Add'; amount: number }

/** No limit, so that long streams are easy to build; the state is a fresh object per event. */
const tally: Decider<Add, Added, { total: number; count: number }, never> = {
  initialState: { total: 0, count: 0 },
  evolve: ({ total, count }, event) => ({ total: total + event.data.amount, count: count + 1 }),
  decide: (command) => ({
    ok: true,
    events: [{ type: 'Added', data: { amount: command.amount } }],
  }),
}

const add = (amount: number): Add => ({ type: 'Add', amount })
const added = (amount: number, commandId: string) => ({
  type: 'Added',
  data: { amount },
  metadata: { commandId },
})

const fill = async (
  handle: ReturnType<typeof createCommandHandler<Add, Added, { total: number; count: number }, never>>,
  store: EventStore,
  streamName: string,
  commands: number,
) => {
  for (let i = 0; i < commands; i++) await handle(store, streamName, add(1), { commandId: `f${i}` })
}

describe('createCommandHandler with its stream state cache', () => {
  it('reads only the events appended since the last command on a long stream', async () => {
    const { store, counted } = countingReads(createInMemoryEventStore())
    const handle = createCommandHandler(tally)
    await fill(handle, store, 'tally-1', 100)
    counted.events = 0
    const result = await handle(store, 'tally-1', add(5), { commandId: 'last' })
    expect(result).toMatchObject({ ok: true, state: { total: 105, count: 101 } })
    expect(counted.events).toBe(1) // the previous command's event, as the store recorded it
  })

  it('reads the whole stream every time without the cache', async () => {
    const { store, counted } = countingReads(createInMemoryEventStore())
    const handle = createCommandHandler(tally, { stateCache: false })
    await fill(handle, store, 'tally-1', 100)
    counted.events = 0
    await handle(store, 'tally-1', add(5), { commandId: 'last' })
    expect(counted.events).toBe(100)
  })

  it('folds events another writer appended directly since the last command', async () => {
    const store = createInMemoryEventStore()
    const handle = createCommandHandler(tally, { stateCache: { minEvents: 0 } })
    await fill(handle, store, 'tally-1', 20)
    await store.appendToStream('tally-1', [added(100, 'foreign-1'), added(200, 'foreign-2')])
    const result = await handle(store, 'tally-1', add(1), { commandId: 'next' })
    expect(result).toMatchObject({ ok: true, state: { total: 321, count: 23 }, replayed: false })
  })

  it('replays a command whose events another writer appended after the stream was cached', async () => {
    const store = createInMemoryEventStore()
    const handle = createCommandHandler(tally, { stateCache: { minEvents: 0 } })
    await fill(handle, store, 'tally-1', 20)
    await store.appendToStream('tally-1', [added(7, 'late'), added(1, 'other')])
    const result = await handle(store, 'tally-1', add(7), { commandId: 'late' })
    expect(result).toEqual({
      ok: true,
      events: [{ type: 'Added', data: { amount: 7 } }],
      nextExpectedRevision: 21,
      state: { total: 28, count: 22 },
      replayed: true,
    })
  })

  it('replays a command handled long before the stream was cached', async () => {
    const store = createInMemoryEventStore()
    await store.appendToStream('tally-1', [added(3, 'early')])
    const handle = createCommandHandler(tally, { stateCache: { minEvents: 0 } })
    await fill(handle, store, 'tally-1', 20)
    const again = await handle(store, 'tally-1', add(3), { commandId: 'early' })
    expect(again).toMatchObject({ ok: true, replayed: true, nextExpectedRevision: 20 })
    expect(again.ok && again.events).toEqual([{ type: 'Added', data: { amount: 3 } }])
  })

  it('never carries a stream over to another store with the same stream name', async () => {
    const handle = createCommandHandler(tally, { stateCache: { minEvents: 0 } })
    const first = createInMemoryEventStore()
    await fill(handle, first, 'tally-1', 20)
    const second = createInMemoryEventStore()
    const result = await handle(second, 'tally-1', add(4), { commandId: 'f0' })
    expect(result).toMatchObject({ ok: true, state: { total: 4, count: 1 }, replayed: false })
    // A command id the first store never saw takes no full read that would hide a shared entry.
    const next = await handle(second, 'tally-1', add(1), { commandId: 'second-only' })
    expect(next).toMatchObject({ ok: true, state: { total: 5, count: 2 }, replayed: false })
  })

  it('never carries a stream over to a handler of another decider', async () => {
    const store = createInMemoryEventStore()
    const doubled: typeof tally = {
      ...tally,
      evolve: ({ total, count }, event) => ({
        total: total + 2 * event.data.amount,
        count: count + 1,
      }),
    }
    await fill(createCommandHandler(tally, { stateCache: { minEvents: 0 } }), store, 'tally-1', 20)
    const result = await createCommandHandler(doubled, { stateCache: { minEvents: 0 } })(
      store,
      'tally-1',
      add(1),
      { commandId: 'next' },
    )
    expect(result).toMatchObject({ ok: true, state: { total: 42, count: 21 } })
  })

  it('reads the whole stream again when the store does not continue at the cached revision', async () => {
    const inner = createInMemoryEventStore()
    const handle = createCommandHandler(tally, { stateCache: { minEvents: 0 } })
    // A store that ignores fromRevision: every read starts at revision 0.
    const rewinding: EventStore = {
      ...inner,
      readStream: (streamName) => inner.readStream(streamName),
    }
    await fill(handle, rewinding, 'tally-1', 20)
    const result = await handle(rewinding, 'tally-1', add(1), { commandId: 'next' })
    expect(result).toMatchObject({ ok: true, state: { total: 21, count: 21 }, replayed: false })
  })

  it('keeps state apart for concurrent commands on one stream', async () => {
    const store = createInMemoryEventStore()
    const handle = createCommandHandler(tally, { stateCache: { minEvents: 0 } })
    await fill(handle, store, 'tally-1', 20)
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) => handle(store, 'tally-1', add(n), { commandId: `c${n}` })),
    )
    const totals = results.map((r) => (r.ok ? r.state.total : -1)).sort((a, b) => a - b)
    // Each command saw every command that landed before it, whatever the order.
    expect(new Set(results.map((r) => r.ok && r.nextExpectedRevision))).toEqual(
      new Set([20, 21, 22, 23]),
    )
    expect(totals.at(-1)).toBe(30)
    const next = await handle(store, 'tally-1', add(0), { commandId: 'after' })
    expect(next).toMatchObject({ ok: true, state: { total: 30, count: 25 } })
  })
})
