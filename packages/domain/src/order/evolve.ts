import { match } from 'ts-pattern'
import type { OrderEvent } from './events.js'
import type { ExistingOrder, OrderState } from './state.js'

const update = (state: OrderState, change: (order: ExistingOrder) => OrderState): OrderState =>
  state.status === 'none' ? state : change(state)

/** Applies one order event to the state. */
export const evolveOrder = (state: OrderState, event: OrderEvent): OrderState =>
  match(event)
    .returnType<OrderState>()
    .with({ type: 'RequestOrderPlaced' }, ({ data }) => ({
      status: 'placed',
      orderId: data.orderId,
      kind: 'request',
      siteId: data.siteId,
      ownerId: data.requesterId,
      category: data.category,
      teamId: null,
      dispatchedAt: null,
      dispatches: 0,
      declines: 0,
    }))
    .with({ type: 'DirectiveOrderIssued' }, ({ data }) => ({
      status: 'dispatched',
      orderId: data.orderId,
      kind: 'directive',
      siteId: data.issuingSiteId,
      ownerId: data.issuerId,
      category: null,
      teamId: data.teamId,
      dispatchedAt: data.at,
      dispatches: 1,
      declines: 0,
    }))
    .with({ type: 'OrderAccepted' }, () => update(state, (o) => ({ ...o, status: 'accepted' })))
    .with({ type: 'OrderRejected' }, () => update(state, (o) => ({ ...o, status: 'rejected' })))
    .with({ type: 'OrderDispatched' }, { type: 'OrderRedispatched' }, ({ data }) =>
      update(state, (o) => ({
        ...o,
        status: 'dispatched',
        teamId: data.teamId,
        dispatchedAt: data.at,
        dispatches: o.dispatches + 1,
      })),
    )
    .with({ type: 'OrderTaken' }, () => update(state, (o) => ({ ...o, status: 'taken' })))
    .with({ type: 'OrderDeclined' }, () =>
      update(state, (o) => ({
        ...o,
        status: 'accepted',
        teamId: null,
        dispatchedAt: null,
        declines: o.declines + 1,
      })),
    )
    .with({ type: 'OrderCancelled' }, () =>
      update(state, (o) => ({ ...o, status: 'cancelled', teamId: null })),
    )
    .with({ type: 'OrderCompleted' }, () => update(state, (o) => ({ ...o, status: 'completed' })))
    .with({ type: 'OrderEvaluated' }, () => update(state, (o) => ({ ...o, status: 'evaluated' })))
    .exhaustive()
