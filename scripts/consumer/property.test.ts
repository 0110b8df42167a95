// A domain developer's property, written only against the published @wenming/domain/testing.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orderDecider } from '@wenming/domain'
import {
  orderDeciderCommandArbitrary,
  orderHistoryReachingArbitrary,
} from '@wenming/domain/testing'

const finished = fc.constantFrom('rejected' as const, 'cancelled' as const, 'evaluated' as const)

describe('an order, through the published arbitraries', () => {
  it('accepts no further change once it is rejected, cancelled or evaluated', () => {
    fc.assert(
      fc.property(
        finished.chain((status) => orderHistoryReachingArbitrary(status)),
        fc.array(orderDeciderCommandArbitrary(), { maxLength: 10 }),
        (history, commands) => {
          const state = history.reduce(orderDecider.evolve, orderDecider.initialState)
          for (const command of commands) {
            const result = orderDecider.decide(command, state)
            expect(result.ok && result.events.length > 0, command.type).toBe(false)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
