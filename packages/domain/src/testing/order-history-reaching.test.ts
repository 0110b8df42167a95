import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orderDecider } from '../order/order-decider.js'
import type { OrderStatus } from '../order/state.js'
import { orderHistoryReachingArbitrary } from './order-history-reaching.js'

const statuses = [
  'placed',
  'accepted',
  'rejected',
  'dispatched',
  'taken',
  'completed',
  'evaluated',
  'cancelled',
] as const satisfies readonly Exclude<OrderStatus, 'none'>[]

describe('orderHistoryReachingArbitrary', () => {
  it.each(statuses)('gives histories that the decider folds to %s', (status) => {
    fc.assert(
      fc.property(orderHistoryReachingArbitrary(status), (events) => {
        expect(events.reduce(orderDecider.evolve, orderDecider.initialState).status).toBe(status)
      }),
      { numRuns: 50 },
    )
  })
})
