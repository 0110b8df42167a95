import { describe, expect, it } from 'vitest'
import { createCommandHandler } from './command-handler.js'
import type { Decider } from './decider.js'
import { createInMemoryEventStore } from './in-memory-event-store.js'
import { countingReads } from './test-support/counting-reads.js'

type Added = { type: 'Added'; data: { amount: number } }
type Add = { type: 'Add'; amount: number }
const tally: Decider<Add, Added, number, never> = {
  initialState: 0,
  evolve: (total, event) => total + event.data.amount,
  decide: (command) => ({
    ok: true,
    events: [{ type: 'Added', data: { amount: command.amount } }],
  }),
}

describe('a command decided on a loaded stream', () => {
  it('reads the stream once when it is loaded first', async () => {
    const { store, counted } = countingReads(createInMemoryEventStore())
    const handle = createCommandHandler(tally)
    await handle(store, 't-1', { type: 'Add', amount: 2 }, { commandId: 'c-1' })
    counted.reads = 0
    const loaded = await handle.load(store, 't-1', 'c-2')
    expect(loaded).toMatchObject({ state: 2, revision: 0, replay: undefined })
    const result = await handle(
      store,
      't-1',
      { type: 'Add', amount: 3 },
      { commandId: 'c-2' },
      loaded,
    )
    expect(result).toMatchObject({ ok: true, state: 5, nextExpectedRevision: 1 })
    expect(counted.reads).toBe(1)
  })

  it('retries on a fresh read when the stream moved on since it was loaded', async () => {
    const { store, counted } = countingReads(createInMemoryEventStore())
    const handle = createCommandHandler(tally)
    const loaded = await handle.load(store, 't-1', 'c-2')
    await handle(store, 't-1', { type: 'Add', amount: 7 }, { commandId: 'c-1' })
    counted.reads = 0
    const result = await handle(
      store,
      't-1',
      { type: 'Add', amount: 1 },
      { commandId: 'c-2' },
      loaded,
    )
    expect(result).toMatchObject({ ok: true, state: 8, nextExpectedRevision: 1 })
    expect(counted.reads).toBe(1)
  })

  it('replays a command the loaded stream already holds', async () => {
    const store = createInMemoryEventStore()
    const handle = createCommandHandler(tally)
    const first = await handle(store, 't-1', { type: 'Add', amount: 4 }, { commandId: 'c-1' })
    const loaded = await handle.load(store, 't-1', 'c-1')
    expect(loaded.replay).toEqual([{ type: 'Added', data: { amount: 4 } }])
    const again = await handle(
      store,
      't-1',
      { type: 'Add', amount: 4 },
      { commandId: 'c-1' },
      loaded,
    )
    expect(again).toMatchObject({ ok: true, replayed: true, events: first.ok ? first.events : [] })
  })
})
