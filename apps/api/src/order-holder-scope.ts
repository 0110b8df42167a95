import type { HolderLevel, WenmingDomain } from '@wenming/domain'
import type { EventStore } from '@wenming/event-store'
import type { Principal } from './principal.js'
import { httpProblem } from './problem-details.js'
import { managesSite } from './scope.js'

const siteLevels: Readonly<Record<HolderLevel, string>> = {
  station: 'station',
  institute: 'institute',
  centre: 'center',
}

/** The level a principal accepts, escalates and dispatches at (O8); `null`: none. */
export const holderLevelOf = (principal: Principal): HolderLevel | null =>
  principal.role === 'station-admin'
    ? 'station'
    : principal.role === 'institute-admin'
      ? 'institute'
      : principal.role === 'centre-dispatcher'
        ? 'centre'
        : null

const unknownOrder = (orderId: string) =>
  httpProblem(404, 'not-found', 'Order not found', `No order ${orderId}`)

/**
 * The site at holder level `level` above (or at) order `orderId`'s site, walking the site streams
 * up; a 404 problem for an unknown order, `null` when the tree has no such site.
 */
export const holderSiteFor = async (
  domain: WenmingDomain,
  store: EventStore,
  orderId: string,
  level: HolderLevel,
): Promise<string | null> => {
  const order = await domain.readOrder(store, orderId)
  if (order.status === 'none') throw unknownOrder(orderId)
  let siteId: string | null = order.siteId
  for (let hop = 0; siteId !== null && hop < 4; hop += 1) {
    const site = await domain.readSite(store, siteId)
    if (site.status === 'unregistered') return null
    if (site.level === siteLevels[level]) return site.siteId
    siteId = site.parentId
  }
  return null
}

/**
 * Whether the principal acts for the level holding order `orderId` now (O8): the centre dispatcher
 * always; a station or institute admin when its level holds the order and it manages the holding
 * site. An order no level holds yet (not accepted) is left to the domain's refusal when the admin
 * manages the order's site.
 */
export const actsForHolder = async (
  domain: WenmingDomain,
  store: EventStore,
  principal: Principal,
  orderId: string,
): Promise<boolean> => {
  // The centre dispatcher needs no read: an unknown order is the domain's refusal (a 404).
  if (principal.role === 'centre-dispatcher') return true
  if (holderLevelOf(principal) === null) return false
  const order = await domain.readOrder(store, orderId)
  if (order.status === 'none') throw unknownOrder(orderId)
  const holder = order.holder
  if (holder === null) return managesSite(principal, order.siteId)
  return holder.level === holderLevelOf(principal) && holder.siteId !== null
    ? managesSite(principal, holder.siteId)
    : false
}
