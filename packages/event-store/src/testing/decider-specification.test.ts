import { describe, expect, it } from 'vitest'
import type { Decider } from '../decider.js'
import { deciderSpecification } from './decider-specification.js'

type Command = { type: 'Switch'; on: boolean }
type Event = { type: 'Switched'; on: boolean }
type Refusal = { type: 'Broken' }

// A light switch: switching to the state it is in changes nothing; it breaks after three switches.
const lightDecider: Decider<Command, Event, { on: boolean; switches: number }, Refusal> = {
  initialState: { on: false, switches: 0 },
  evolve: (state, event) => ({ on: event.on, switches: state.switches + 1 }),
  decide: (command, state) => {
    if (state.switches >= 3) return { ok: false, error: { type: 'Broken' } }
    if (command.on === state.on) return { ok: true, events: [] }
    return { ok: true, events: [{ type: 'Switched', on: command.on }] }
  },
}

const given = deciderSpecification(lightDecider)
const switched = (on: boolean): Event => ({ type: 'Switched', on })

describe('deciderSpecification', () => {
  it('checks the events of an accepted command', () => {
    given([])
      .when({ type: 'Switch', on: true })
      .then([switched(true)])
    expect(() => given([]).when({ type: 'Switch', on: true }).then([])).toThrow()
  })

  it('checks that an accepted command changed nothing', () => {
    given([switched(true)])
      .when({ type: 'Switch', on: true })
      .thenNothingHappened()
    expect(() => given([]).when({ type: 'Switch', on: true }).thenNothingHappened()).toThrow()
    const broken = [switched(true), switched(false), switched(true)]
    expect(() => given(broken).when({ type: 'Switch', on: true }).thenNothingHappened()).toThrow(
      /refusal/,
    )
  })

  it('checks the refusal of a command, deeply or by a predicate', () => {
    const broken = [switched(true), switched(false), switched(true)]
    given(broken).when({ type: 'Switch', on: false }).thenFails({ type: 'Broken' })
    given(broken)
      .when({ type: 'Switch', on: false })
      .thenFails((error) => error.type === 'Broken')
    expect(() =>
      given([]).when({ type: 'Switch', on: true }).thenFails({ type: 'Broken' }),
    ).toThrow()
  })
})
