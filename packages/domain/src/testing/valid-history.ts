import type { Decider } from '@wenming/event-store'
import type fc from 'fast-check'

/**
 * A valid history of an aggregate: the events `decider` records when it decides `commands` in
 * order, skipping the refused ones; every event in it was accepted from the state before it.
 */
export const validHistoryArbitrary = <Command, Event, State, Error>(
  decider: Decider<Command, Event, State, Error>,
  commands: fc.Arbitrary<readonly Command[]>,
): fc.Arbitrary<Event[]> =>
  commands.map((list) => {
    let state = decider.initialState
    const events: Event[] = []
    for (const command of list) {
      const result = decider.decide(command, state)
      if (!result.ok) continue
      for (const event of result.events) {
        state = decider.evolve(state, event)
        events.push(event)
      }
    }
    return events
  })
