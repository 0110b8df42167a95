import type { EventStore } from '@wenming/event-store'
import { directiveOrderIssuedSchema, orderStream, requestOrderPlacedSchema } from '@wenming/domain'
import type { Principal } from './principal.js'
import { httpProblem } from './problem-details.js'

/** Whether a station or institute admin manages `siteId` (the centre dispatcher manages all). */
export const managesSite = (principal: Principal, siteId: string): boolean =>
  principal.role === 'centre-dispatcher' || principal.sites.includes(siteId)

/** Whether a team leader leads `teamId` (the centre dispatcher counts as leading all). */
export const leadsTeam = (principal: Principal, teamId: string): boolean =>
  principal.role === 'centre-dispatcher' || principal.teams.includes(teamId)

/** Who and where an order comes from: its first event, read from the order's own stream. */
export type OrderOrigin =
  | { kind: 'request'; siteId: string; requesterId: string }
  | { kind: 'directive'; issuingSiteId: string; issuerId: string; teamId: string }

/** The origin of order `orderId`, or a 404 problem when the order does not exist. */
export const loadOrderOrigin = async (store: EventStore, orderId: string): Promise<OrderOrigin> => {
  for await (const event of store.readStream(orderStream(orderId), { maxCount: 1 })) {
    const request = requestOrderPlacedSchema.safeParse(event)
    if (request.success) {
      const { siteId, requesterId } = request.data.data
      return { kind: 'request', siteId, requesterId }
    }
    const directive = directiveOrderIssuedSchema.safeParse(event)
    if (directive.success) {
      const { issuingSiteId, issuerId, teamId } = directive.data.data
      return { kind: 'directive', issuingSiteId, issuerId, teamId }
    }
  }
  throw httpProblem(404, 'not-found', 'Order not found', `No order ${orderId}`)
}

/** Whether the principal placed or issued the order, or manages the site it belongs to. */
export const ownsOrder = (principal: Principal, origin: OrderOrigin): boolean =>
  origin.kind === 'request'
    ? origin.requesterId === principal.id ||
      (principal.role !== 'resident' && managesSite(principal, origin.siteId))
    : origin.issuerId === principal.id || managesSite(principal, origin.issuingSiteId)
