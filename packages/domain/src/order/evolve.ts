import { unknownEvent } from '../shared/unknown-event.js'
import type { OrderEvent } from './events.js'
import type { ExistingOrder, OrderState } from './state.js'

const update = (state: OrderState, change: (order: ExistingOrder) => OrderState): OrderState =>
  state.status === 'none' ? state : change(state)

/**
 * Applies one order event to the state. A `switch` rather than ts-pattern: every dispatch folds the
 * order's stream, and building a matcher per event cost more than the fold itself.
 */
export const evolveOrder = (state: OrderState, event: OrderEvent): OrderState => {
  switch (event.type) {
    case 'RequestOrderPlaced': {
      const { data } = event
      return {
        status: 'placed',
        orderId: data.orderId,
        kind: 'request',
        siteId: data.siteId,
        ownerId: data.requesterId,
        category: data.category,
        byProxy: data.onBehalfOf !== null,
        teamId: null,
        dispatchedAt: null,
        dispatches: 0,
        declines: 0,
        tasks: null,
        holder: null,
      }
    }
    case 'DirectiveOrderIssued': {
      const { data } = event
      return {
        status: 'dispatched',
        orderId: data.orderId,
        kind: 'directive',
        siteId: data.issuingSiteId,
        ownerId: data.issuerId,
        category: null,
        byProxy: false,
        teamId: data.teamId,
        dispatchedAt: data.at,
        dispatches: 1,
        declines: 0,
        tasks:
          data.tasks === undefined
            ? null
            : Object.fromEntries(data.tasks.map((task) => [task.teamId, 'assigned' as const])),
        holder: null,
      }
    }
    case 'OrderAccepted': {
      // Before O8 the centre accepted and held every order.
      const holder = event.data.holder ?? { level: 'centre', siteId: null }
      return update(state, (o) => ({ ...o, status: 'accepted', holder }))
    }
    case 'OrderEscalated': {
      const holder = event.data.to
      return update(state, (o) => ({ ...o, holder }))
    }
    case 'OrderRejected':
      return update(state, (o) => ({ ...o, status: 'rejected' }))
    case 'OrderDispatched':
    case 'OrderRedispatched': {
      const { data } = event
      return update(state, (o) => ({
        ...o,
        status: 'dispatched',
        teamId: data.teamId,
        dispatchedAt: data.at,
        dispatches: o.dispatches + 1,
      }))
    }
    case 'OrderTaken':
      return update(state, (o) =>
        o.tasks === null
          ? { ...o, status: 'taken' }
          : { ...o, tasks: { ...o.tasks, [event.data.teamId]: 'taken' } },
      )
    case 'OrderDeclined':
      if (state.status !== 'none' && state.tasks !== null) {
        // A task declined stays declined: the 定单 is not complete until the issuer cancels it.
        return {
          ...state,
          tasks: { ...state.tasks, [event.data.teamId]: 'declined' },
          declines: state.declines + 1,
        }
      }
      return update(state, (o) => ({
        ...o,
        status: 'accepted',
        teamId: null,
        dispatchedAt: null,
        declines: o.declines + 1,
      }))
    case 'OrderCancelled':
      return update(state, (o) => ({ ...o, status: 'cancelled', teamId: null }))
    case 'OrderCompleted':
      return update(state, (o) =>
        o.tasks === null
          ? { ...o, status: 'completed' }
          : { ...o, tasks: { ...o.tasks, [event.data.teamId]: 'completed' } },
      )
    case 'DirectiveOrderCompleted':
      return update(state, (o) => ({ ...o, status: 'completed' }))
    case 'OrderEvaluated':
      return update(state, (o) => ({ ...o, status: 'evaluated' }))
    default:
      return unknownEvent(event)
  }
}
