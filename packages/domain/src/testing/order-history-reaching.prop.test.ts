import { foldEvents } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orderEventSchema } from '../order/events.js'
import { orderDecider } from '../order/order-decider.js'
import type { OrderStatus } from '../order/state.js'
import { orderHistoryReachingArbitrary } from './order-history-reaching.js'

const statuses: readonly OrderStatus[] = [
  'none',
  'placed',
  'accepted',
  'rejected',
  'dispatched',
  'taken',
  'completed',
  'evaluated',
  'cancelled',
]

describe('orderHistoryReachingArbitrary', () => {
  it.each(statuses)('generates histories that fold into an order %s', (status) => {
    fc.assert(
      fc.property(orderHistoryReachingArbitrary(status, 'o-7'), (history) => {
        for (const event of history) {
          expect(orderEventSchema.parse(event)).toEqual(event)
          expect(event.data.orderId).toBe('o-7')
        }
        expect(foldEvents(orderDecider, history).status).toBe(status)
      }),
      { numRuns: 100 },
    )
  })

  it('reaches a status along more than one route', () => {
    const routes = new Set(
      fc
        .sample(orderHistoryReachingArbitrary('evaluated'), { numRuns: 200, seed: 1 })
        .map((history) => history.map((event) => event.type).join(' ')),
    )
    expect(routes.size).toBeGreaterThan(4)
  })
})
