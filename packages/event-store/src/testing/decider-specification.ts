import { expect } from 'vitest'
import type { Decider } from '../decider.js'
import { foldEvents } from '../decider.js'

export type DeciderThen<Event, Error> = {
  /** Asserts the command is accepted with exactly these events. */
  then(expected: readonly Event[]): void
  /** Asserts the command is accepted and records no event (it was already done, say). */
  thenNothingHappened(): void
  /** Asserts the command is refused with this error (compared deeply, or by a predicate). */
  thenFails(expected: Error | ((error: Error) => boolean)): void
}

export type DeciderWhen<Command, Event, Error> = {
  when(command: Command): DeciderThen<Event, Error>
}

/**
 * Given/when/then examples for a decider, in the style of Emmett's DeciderSpecification.
 *
 * @example
 * const given = deciderSpecification(orderDecider)
 * given([orderPlaced]).when(acceptOrder).then([orderAccepted])
 * given([orderPlaced, orderAccepted]).when(acceptOrder).thenNothingHappened()
 */
export const deciderSpecification =
  <Command, Event, State, Error>(decider: Decider<Command, Event, State, Error>) =>
  (history: readonly Event[] = []): DeciderWhen<Command, Event, Error> => ({
    when: (command) => {
      const result = decider.decide(command, foldEvents(decider, history))
      return {
        then: (expected) => {
          if (!result.ok) {
            throw new Error(`Expected events, got refusal ${JSON.stringify(result.error)}`)
          }
          expect(result.events).toEqual(expected)
        },
        thenNothingHappened: () => {
          if (!result.ok) {
            throw new Error(`Expected no events, got refusal ${JSON.stringify(result.error)}`)
          }
          expect(result.events).toEqual([])
        },
        thenFails: (expected) => {
          if (result.ok) {
            throw new Error(`Expected a refusal, got events ${JSON.stringify(result.events)}`)
          }
          if (typeof expected === 'function') {
            expect((expected as (error: Error) => boolean)(result.error)).toBe(true)
          } else {
            expect(result.error).toEqual(expected)
          }
        },
      }
    },
  })
