import { describe, expect, it } from 'vitest'
import { createCommandHandler, type CommandHandlerOptions } from './command-handler.js'
import type { Decider } from './decider.js'
import type { EventStore } from './event-store.js'
import { createInMemoryEventStore } from './in-memory-event-store.js'
import { isWrongExpectedRevisionError } from './wrong-expected-revision-error.js'

type Added = { type: 'Added'; data: { amount: number } }
type Add = { type: 'Add'; amount: number }
type TooMuch = { type: 'TooMuch'; total: number }

const counter: Decider<Add, Added, number, TooMuch> = {
  initialState: 0,
  evolve: (total, event) => total + event.data.amount,
  decide: (command, total) =>
    total + command.amount > 10
      ? { ok: false, error: { type: 'TooMuch', total } }
      : { ok: true, events: [{ type: 'Added', data: { amount: command.amount } }] },
}

const add = (amount: number): Add => ({ type: 'Add', amount })

const countEvents = async (store: EventStore) => {
  let n = 0
  for await (const _ of store.readAll()) n++
  return n
}

const configurations: [string, CommandHandlerOptions][] = [
  ['default', {}],
  ['memoising every stream', { stateCache: { minEvents: 0 } }],
  ['without the memo', { stateCache: false }],
]

describe.each(configurations)('createCommandHandler (%s)', (_, options) => {
  const handle = createCommandHandler(counter, options)

  it('folds the stream, decides and appends with the revision read', async () => {
    const store = createInMemoryEventStore()
    await handle(store, 'counter-1', add(3), { commandId: 'c1' })
    const result = await handle(store, 'counter-1', add(4), {
      commandId: 'c2',
      metadata: { principal: 'alice' },
    })
    expect(result).toMatchObject({ ok: true, state: 7, nextExpectedRevision: 1, replayed: false })
    const events = []
    for await (const e of store.readStream('counter-1')) events.push(e)
    expect(events[1]?.metadata).toEqual({ principal: 'alice', commandId: 'c2' })
  })

  it('adds the metadata each event carries of its own', async () => {
    const store = createInMemoryEventStore()
    const versioned = createCommandHandler(counter, {
      ...options,
      eventMetadata: () => ({ schemaVersion: 1 }),
    })
    await versioned(store, 'counter-1', add(1), { commandId: 'c1', metadata: { principal: 'p' } })
    for await (const e of store.readStream('counter-1')) {
      expect(e.metadata).toEqual({ schemaVersion: 1, principal: 'p', commandId: 'c1' })
    }
  })

  it('returns a refusal as a value and appends nothing', async () => {
    const store = createInMemoryEventStore()
    await handle(store, 'counter-1', add(8), { commandId: 'c1' })
    const result = await handle(store, 'counter-1', add(5), { commandId: 'c2' })
    expect(result).toEqual({
      ok: false,
      error: { type: 'TooMuch', total: 8 },
      state: 8,
      revision: 0,
    })
    expect(await countEvents(store)).toBe(1)
  })

  it('appends nothing new when the same command is sent again', async () => {
    const store = createInMemoryEventStore()
    const first = await handle(store, 'counter-1', add(2), { commandId: 'same' })
    const again = await handle(store, 'counter-1', add(2), { commandId: 'same' })
    expect(again).toMatchObject({ ok: true, replayed: true, events: first.ok ? first.events : [] })
    expect(await countEvents(store)).toBe(1)
  })

  it('retries on a concurrent append and decides on fresh state', async () => {
    const store = createInMemoryEventStore()
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => handle(store, 'counter-1', add(n), { commandId: `c${n}` })),
    )
    const accepted = results.filter((r) => r.ok)
    const refused = results.filter((r) => !r.ok)
    // 1+2+3+4 = 10 fits; whichever order they land in, the total never passes 10.
    let total = 0
    for await (const e of store.readStream('counter-1'))
      total += (e.data as { amount: number }).amount
    expect(total).toBeLessThanOrEqual(10)
    expect(accepted.length + refused.length).toBe(5)
    expect(refused.every((r) => !r.ok && r.error.type === 'TooMuch')).toBe(true)
  })

  it('fails with a conflict instead of retrying when the caller pinned a stale revision', async () => {
    const store = createInMemoryEventStore()
    await handle(store, 'counter-1', add(1), { commandId: 'c1' })
    await handle(store, 'counter-1', add(1), { commandId: 'c2' })
    const stale = handle(store, 'counter-1', add(1), { commandId: 'c3', expectedRevision: 0 })
    await expect(stale).rejects.toSatisfy(isWrongExpectedRevisionError)
    expect(await countEvents(store)).toBe(2)
  })

  it('gives up after the bounded number of retries', async () => {
    const inner = createInMemoryEventStore()
    const alwaysRacing: EventStore = {
      ...inner,
      appendToStream: async (name, events, options) => {
        await inner.appendToStream(name, [{ type: 'Added', data: { amount: 0 } }])
        return inner.appendToStream(name, events, options)
      },
    }
    const impatient = createCommandHandler(counter, { ...options, maxRetries: 3 })
    await expect(
      impatient(alwaysRacing, 'counter-1', add(1), { commandId: 'c1' }),
    ).rejects.toSatisfy(isWrongExpectedRevisionError)
    expect(await countEvents(inner)).toBe(4)
  })
})
