import {
  acceptOrderSchema,
  cancelOrderSchema,
  completeOrderSchema,
  declineOrderSchema,
  dispatchOrderSchema,
  evaluateOrderSchema,
  handleOrderCommand,
  issueDirectiveOrderSchema,
  orderStream,
  placeRequestOrderSchema,
  redispatchOrderSchema,
  rejectOrderSchema,
  takeOrderSchema,
} from '@wenming/domain'
import type { ApiDependencies, CommandRoute } from '../command-route.js'
import {
  domainCommandRoute,
  type CommandSchema,
  type DomainCommandSpec,
} from '../domain-command-route.js'
import type { Principal } from '../principal.js'
import { leadsTeam, loadOrderOrigin, managesSite, ownsOrder } from '../scope.js'

const tag = 'orders'
const stream = (data: { orderId: string }): string => orderStream(data.orderId)
const location = (data: { orderId: string }): string => `/orders/${data.orderId}`

/** The order must exist (else 404); the dispatcher reviews and dispatches every order. */
const existingOrder = async (
  _principal: Principal,
  data: { orderId: string },
  { store }: ApiDependencies,
): Promise<boolean> => {
  await loadOrderOrigin(store, data.orderId)
  return true
}

/** The requester or issuer (or an admin of its site) acts on the order. */
const ownOrder = async (
  principal: Principal,
  data: { orderId: string },
  { store }: ApiDependencies,
): Promise<boolean> => ownsOrder(principal, await loadOrderOrigin(store, data.orderId))

/** The leader of the team named in the command answers for it, on an existing order. */
const teamOnOrder = async (
  principal: Principal,
  data: { orderId: string; teamId: string },
  { store }: ApiDependencies,
): Promise<boolean> => {
  await loadOrderOrigin(store, data.orderId)
  return principal.role === 'team-leader' && leadsTeam(principal, data.teamId)
}

type LifecycleSpec<S extends CommandSchema> = Omit<
  DomainCommandSpec<S>,
  'url' | 'operationId' | 'summary' | 'tag' | 'fromParams' | 'stream' | 'location'
>

/** `POST /orders/:orderId/<action>`: the order id comes from the URL. */
const lifecycle = <S extends CommandSchema>(
  action: string,
  summary: string,
  spec: LifecycleSpec<S>,
): CommandRoute =>
  domainCommandRoute<S>({
    ...spec,
    url: `/orders/:orderId/${action}`,
    operationId: `${action}Order`,
    summary,
    tag,
    fromParams: ['orderId'] as DomainCommandSpec<S>['fromParams'],
    stream: stream as DomainCommandSpec<S>['stream'],
    location: location as DomainCommandSpec<S>['location'],
  })

/** Order commands: 点单 and 定单, review, dispatch, take or decline, complete, evaluate, cancel. */
export const orderCommandRoutes = (): CommandRoute[] => [
  domainCommandRoute({
    url: '/orders',
    operationId: 'placeRequestOrder',
    summary: 'Places a request order (点单) from the catalogue or free-form',
    tag,
    schema: placeRequestOrderSchema,
    fromParams: [],
    generatedId: 'orderId',
    roles: ['resident', 'station-admin', 'institute-admin', 'centre-dispatcher'],
    authorize: (principal, data) =>
      Promise.resolve(principal.role === 'resident' || managesSite(principal, data.siteId)),
    handle: handleOrderCommand,
    stream,
    location,
    successStatus: 201,
  }),
  domainCommandRoute({
    url: '/directive-orders',
    operationId: 'issueDirectiveOrder',
    summary: 'Issues a directive order (定单) straight to a named team',
    tag,
    schema: issueDirectiveOrderSchema,
    fromParams: [],
    generatedId: 'orderId',
    roles: ['centre-dispatcher', 'institute-admin'],
    authorize: (principal, data) => Promise.resolve(managesSite(principal, data.issuingSiteId)),
    handle: handleOrderCommand,
    stream,
    location,
    successStatus: 201,
  }),
  lifecycle('accept', 'Accepts a request order for dispatch (受理)', {
    schema: acceptOrderSchema,
    roles: ['centre-dispatcher'],
    authorize: existingOrder,
    handle: handleOrderCommand,
  }),
  lifecycle('reject', 'Rejects a request order with a reason (不予受理)', {
    schema: rejectOrderSchema,
    roles: ['centre-dispatcher'],
    authorize: existingOrder,
    handle: handleOrderCommand,
  }),
  lifecycle('dispatch', 'Dispatches an order to one team (派单), reserving its capacity', {
    schema: dispatchOrderSchema,
    roles: ['centre-dispatcher'],
    authorize: existingOrder,
    handle: handleOrderCommand,
  }),
  lifecycle('redispatch', 'Dispatches again after the SLA ran out without a take', {
    schema: redispatchOrderSchema,
    roles: ['centre-dispatcher'],
    authorize: existingOrder,
    handle: handleOrderCommand,
  }),
  lifecycle('take', 'The dispatched team takes the order (接单)', {
    schema: takeOrderSchema,
    teamOfLeader: 'teamId',
    roles: ['team-leader'],
    authorize: teamOnOrder,
    handle: handleOrderCommand,
  }),
  lifecycle('decline', 'The dispatched team declines the order (退单)', {
    schema: declineOrderSchema,
    teamOfLeader: 'teamId',
    roles: ['team-leader'],
    authorize: teamOnOrder,
    handle: handleOrderCommand,
  }),
  lifecycle('complete', 'The team closes the order with its report (结项)', {
    schema: completeOrderSchema,
    teamOfLeader: 'teamId',
    roles: ['team-leader'],
    authorize: teamOnOrder,
    handle: handleOrderCommand,
  }),
  lifecycle('evaluate', 'The requester or issuer rates the completed order (评单)', {
    schema: evaluateOrderSchema,
    roles: ['resident', 'station-admin', 'institute-admin', 'centre-dispatcher'],
    authorize: ownOrder,
    handle: handleOrderCommand,
  }),
  lifecycle('cancel', 'The requester or issuer cancels the order before completion', {
    schema: cancelOrderSchema,
    roles: ['resident', 'station-admin', 'institute-admin', 'centre-dispatcher'],
    authorize: ownOrder,
    handle: handleOrderCommand,
  }),
]
