import {
  acceptOrderSchema,
  cancelOrderSchema,
  completeOrderSchema,
  declineOrderSchema,
  dispatchOrderSchema,
  escalateOrderSchema,
  evaluateOrderSchema,
  issueDirectiveOrderSchema,
  orderStream,
  placeRequestOrderSchema,
  redispatchOrderSchema,
  rejectOrderSchema,
  takeOrderSchema,
  type WenmingDomain,
} from '@wenming/domain'
import type { ApiDependencies, CommandRoute } from '../command-route.js'
import {
  domainCommandRoute,
  type CommandSchema,
  type DomainCommandSpec,
} from '../domain-command-route.js'
import { actsForHolder, holderLevelOf, holderSiteFor } from '../order-holder-scope.js'
import type { Principal } from '../principal.js'
import { leadsTeam, loadOrderOrigin, managesSite, ownsOrder } from '../scope.js'

const tag = 'orders'
const stream = (data: { orderId: string }): string => orderStream(data.orderId)
const location = (data: { orderId: string }): string => `/orders/${data.orderId}`

/** An unknown order is a 404, told by the domain's refusal: the route reads nothing of its own. */
const orderNotFound = {
  refusal: 'OrderNotFound',
  title: 'Order not found',
  detail: (data: { orderId: string }) => `No order ${data.orderId}`,
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
  'url' | 'operationId' | 'summary' | 'tag' | 'fromParams' | 'stream' | 'location' | 'notFound'
>

/** `POST /orders/:orderId/<action>`: the order id comes from the URL. */
const lifecycle = <S extends CommandSchema>(
  action: string,
  summary: string,
  spec: LifecycleSpec<S>,
): CommandRoute =>
  domainCommandRoute<S>({
    ...spec,
    notFound: orderNotFound as DomainCommandSpec<S>['notFound'] & object,
    url: `/orders/:orderId/${action}`,
    operationId: `${action}Order`,
    summary,
    tag,
    fromParams: ['orderId'] as DomainCommandSpec<S>['fromParams'],
    stream: stream as DomainCommandSpec<S>['stream'],
    location: location as DomainCommandSpec<S>['location'],
  })

/** Order commands: 点单 and 定单, review, dispatch, take or decline, complete, evaluate, cancel. */
export const orderCommandRoutes = (domain: WenmingDomain): CommandRoute[] => [
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
    handle: domain.handleOrderCommand,
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
    handle: domain.handleOrderCommand,
    stream,
    location,
    successStatus: 201,
  }),
  lifecycle(
    'accept',
    'Accepts a request order for dispatch (受理); the accepting level holds it (O8)',
    {
      schema: acceptOrderSchema,
      roles: ['station-admin', 'institute-admin', 'centre-dispatcher'],
      principalDefaults: (principal) => {
        const level = holderLevelOf(principal)
        return level === null || level === 'centre' ? {} : { holder: level }
      },
      authorize: async (principal, data, { store }) => {
        const level = data.holder ?? 'centre'
        if (principal.role === 'centre-dispatcher') return true
        if (holderLevelOf(principal) !== level) return false
        const siteId = await holderSiteFor(domain, store, data.orderId, level)
        // No site at that level: the domain refuses it (NoHolderAtLevel).
        return siteId === null || managesSite(principal, siteId)
      },
      handle: domain.handleOrderCommand,
    },
  ),
  lifecycle('reject', 'Rejects a request order with a reason (不予受理)', {
    schema: rejectOrderSchema,
    roles: ['centre-dispatcher'],
    handle: domain.handleOrderCommand,
  }),
  lifecycle(
    'escalate',
    'The holder passes an accepted order it cannot serve one level up, with a reason (O8)',
    {
      schema: escalateOrderSchema,
      roles: ['station-admin', 'institute-admin', 'centre-dispatcher'],
      authorize: (principal, data, { store }) =>
        actsForHolder(domain, store, principal, data.orderId),
      handle: domain.handleOrderCommand,
    },
  ),
  lifecycle(
    'dispatch',
    'Dispatches an order to one team (派单) within its holder’s reach (O3, O8), reserving capacity',
    {
      schema: dispatchOrderSchema,
      roles: ['station-admin', 'institute-admin', 'centre-dispatcher'],
      authorize: (principal, data, { store }) =>
        actsForHolder(domain, store, principal, data.orderId),
      handle: domain.handleOrderCommand,
    },
  ),
  lifecycle('redispatch', 'Dispatches again after the SLA ran out without a take', {
    schema: redispatchOrderSchema,
    roles: ['station-admin', 'institute-admin', 'centre-dispatcher'],
    authorize: (principal, data, { store }) =>
      actsForHolder(domain, store, principal, data.orderId),
    handle: domain.handleOrderCommand,
  }),
  lifecycle('take', 'The dispatched team takes the order (接单)', {
    schema: takeOrderSchema,
    teamOfLeader: 'teamId',
    roles: ['team-leader'],
    authorize: teamOnOrder,
    handle: domain.handleOrderCommand,
  }),
  lifecycle('decline', 'The dispatched team declines the order (退单)', {
    schema: declineOrderSchema,
    teamOfLeader: 'teamId',
    roles: ['team-leader'],
    authorize: teamOnOrder,
    handle: domain.handleOrderCommand,
  }),
  lifecycle('complete', 'The team closes the order with its report (结项)', {
    schema: completeOrderSchema,
    teamOfLeader: 'teamId',
    roles: ['team-leader'],
    authorize: teamOnOrder,
    handle: domain.handleOrderCommand,
  }),
  lifecycle('evaluate', 'The requester or issuer rates the completed order (评单)', {
    schema: evaluateOrderSchema,
    roles: ['resident', 'station-admin', 'institute-admin', 'centre-dispatcher'],
    authorize: ownOrder,
    handle: domain.handleOrderCommand,
  }),
  lifecycle('cancel', 'The requester or issuer cancels the order before completion', {
    schema: cancelOrderSchema,
    roles: ['resident', 'station-admin', 'institute-admin', 'centre-dispatcher'],
    authorize: ownOrder,
    handle: domain.handleOrderCommand,
  }),
]
