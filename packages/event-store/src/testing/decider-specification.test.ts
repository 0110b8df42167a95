import { describe, expect, it } from 'vitest'
import type { Decider } from '../decider.js'
import { deciderSpecification } from './decider-specification.js'

type Command = { type: 'Open' } | { type: 'Close' }
type Event = { type: 'Opened' } | { type: 'Closed' }
type State = { open: boolean; closed: boolean }
type Error = { type: 'NotOpen' }

// A door: opening an open door does nothing; closing one that was never opened is refused.
const door: Decider<Command, Event, State, Error> = {
  initialState: { open: false, closed: false },
  evolve: (state, event) =>
    event.type === 'Opened' ? { open: true, closed: false } : { open: false, closed: true },
  decide: (command, state) => {
    if (command.type === 'Open') return { ok: true, events: state.open ? [] : [{ type: 'Opened' }] }
    return state.open
      ? { ok: true, events: [{ type: 'Closed' }] }
      : { ok: false, error: { type: 'NotOpen' } }
  },
}
const given = deciderSpecification(door)

describe('deciderSpecification', () => {
  it('passes then, thenFails and thenNothingHappened when the decider does that', () => {
    given()
      .when({ type: 'Open' })
      .then([{ type: 'Opened' }])
    given().when({ type: 'Close' }).thenFails({ type: 'NotOpen' })
    given()
      .when({ type: 'Close' })
      .thenFails((error) => error.type === 'NotOpen')
    given([{ type: 'Opened' }])
      .when({ type: 'Open' })
      .thenNothingHappened()
  })

  it('fails thenNothingHappened on recorded events and on a refusal', () => {
    expect(() => given().when({ type: 'Open' }).thenNothingHappened()).toThrow()
    expect(() => given().when({ type: 'Close' }).thenNothingHappened()).toThrow(/refusal/)
  })

  it('fails then on a refusal and thenFails on accepted events', () => {
    expect(() => given().when({ type: 'Close' }).then([])).toThrow(/refusal/)
    expect(() => given().when({ type: 'Open' }).thenFails({ type: 'NotOpen' })).toThrow(/events/)
    expect(() =>
      given()
        .when({ type: 'Open' })
        .then([{ type: 'Closed' }]),
    ).toThrow()
  })
})
