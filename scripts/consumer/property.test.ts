// A domain developer's property, written only against the published @wenming/domain/testing.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orderDecider, type OrderState } from '@wenming/domain'
import { orderDeciderCommandArbitrary } from '@wenming/domain/testing'

const terminal: readonly string[] = ['rejected', 'cancelled', 'evaluated']

describe('an order, through the published arbitraries', () => {
  it('accepts no further change once it is rejected, cancelled or evaluated', () => {
    fc.assert(
      fc.property(fc.array(orderDeciderCommandArbitrary('o-1'), { maxLength: 30 }), (commands) => {
        let state: OrderState = orderDecider.initialState
        for (const command of commands) {
          const wasTerminal = terminal.includes(state.status)
          const result = orderDecider.decide(command, state)
          if (wasTerminal) expect(result.ok && result.events.length > 0).toBe(false)
          if (result.ok) state = result.events.reduce(orderDecider.evolve, state)
        }
      }),
      { numRuns: 300 },
    )
  })
})
