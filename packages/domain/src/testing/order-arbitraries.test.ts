import { foldEvents } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orderEventSchema } from '../order/events.js'
import { orderDecider } from '../order/order-decider.js'
import { orderHistoryArbitrary } from './order-arbitraries.js'

describe('order arbitraries', () => {
  it('generate histories whose events parse and fold into an order', () => {
    fc.assert(
      fc.property(orderHistoryArbitrary(), (events) => {
        for (const event of events) expect(orderEventSchema.parse(event)).toEqual(event)
        const state = foldEvents(orderDecider, events)
        expect(state.status === 'none').toBe(events.length === 0)
      }),
      { numRuns: 200 },
    )
  })
})
