import { describe, expectTypeOf, it } from 'vitest'
import { createCommandHandler, type CommandResult } from './command-handler.js'
import type { Decider } from './decider.js'
import type { EventStore } from './event-store.js'

type Opened = { type: 'Opened'; data: { id: string } }
type Open = { type: 'Open'; id: string }
type AlreadyOpen = { type: 'AlreadyOpen' }
const door: Decider<Open, Opened, boolean, AlreadyOpen> = {
  initialState: false,
  evolve: () => true,
  decide: (command, open) =>
    open
      ? { ok: false, error: { type: 'AlreadyOpen' } }
      : { ok: true, events: [{ type: 'Opened', data: { id: command.id } }] },
}

describe('createCommandHandler types', () => {
  it('returns the decider events, state and error types', () => {
    const handle = createCommandHandler(door)
    expectTypeOf(handle).parameter(2).toEqualTypeOf<Open>()
    expectTypeOf(handle).returns.resolves.toEqualTypeOf<
      CommandResult<Opened, boolean, AlreadyOpen>
    >()
  })

  it('rejects a command of another decider and a missing command id', () => {
    const handle = createCommandHandler(door)
    const store = {} as EventStore
    // @ts-expect-error: not this decider's command
    void handle(store, 'door-1', { type: 'Close' }, { commandId: 'c' })
    // @ts-expect-error: every command carries its id
    void handle(store, 'door-1', { type: 'Open', id: '1' }, {})
  })

  it('only lets refusals be typed values, narrowed by ok', () => {
    const result = {} as CommandResult<Opened, boolean, AlreadyOpen>
    if (result.ok) expectTypeOf(result.events).toEqualTypeOf<readonly Opened[]>()
    else expectTypeOf(result.error).toEqualTypeOf<AlreadyOpen>()
  })
})
