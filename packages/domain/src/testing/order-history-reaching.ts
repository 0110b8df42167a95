import fc from 'fast-check'
import type { OrderEvent } from '../order/events.js'
import { orderDecider } from '../order/order-decider.js'
import type { OrderDeciderCommand } from '../order/order-commands-with-facts.js'
import type { OrderStatus } from '../order/state.js'
import { orderDeciderCommandArbitrary } from './order-arbitraries.js'

type CommandType = OrderDeciderCommand['type']

/** The commands that lead an order to each status, in order (a request order's usual path). */
const paths: Record<Exclude<OrderStatus, 'none'>, readonly CommandType[]> = {
  placed: ['PlaceRequestOrder'],
  accepted: ['PlaceRequestOrder', 'AcceptOrder'],
  rejected: ['PlaceRequestOrder', 'RejectOrder'],
  dispatched: ['PlaceRequestOrder', 'AcceptOrder', 'DispatchOrder'],
  taken: ['PlaceRequestOrder', 'AcceptOrder', 'DispatchOrder', 'TakeOrder'],
  completed: ['PlaceRequestOrder', 'AcceptOrder', 'DispatchOrder', 'TakeOrder', 'CompleteOrder'],
  evaluated: [
    'PlaceRequestOrder',
    'AcceptOrder',
    'DispatchOrder',
    'TakeOrder',
    'CompleteOrder',
    'EvaluateOrder',
  ],
  cancelled: ['PlaceRequestOrder', 'CancelOrder'],
}

/**
 * A valid history of one order that ends in `status`: random commands (teams, times, reports)
 * along the path to that status, each step tried a few times, keeping what the decider accepts.
 *
 * @example
 * fc.assert(fc.property(orderHistoryReachingArbitrary('evaluated'), (events) => ...))
 */
export const orderHistoryReachingArbitrary = (
  status: Exclude<OrderStatus, 'none'>,
  orderId = 'o-1',
): fc.Arbitrary<OrderEvent[]> => {
  const command = orderDeciderCommandArbitrary(orderId)
  const steps = paths[status].map((type) =>
    fc.array(
      command.filter((candidate) => candidate.type === type),
      { minLength: 4, maxLength: 4 },
    ),
  )
  return fc
    .tuple(...steps)
    .map((attempts) => {
      let state = orderDecider.initialState
      const events: OrderEvent[] = []
      for (const tries of attempts) {
        for (const attempt of tries) {
          const result = orderDecider.decide(attempt, state)
          if (!result.ok) continue
          for (const event of result.events) {
            state = orderDecider.evolve(state, event)
            events.push(event)
          }
          break
        }
      }
      return { events, reached: state.status }
    })
    .filter(({ reached }) => reached === status)
    .map(({ events }) => events)
}
