import type { DispatchCandidate, DispatchOrderFacts } from '@wenming/domain'
import type { ReadModel } from '@wenming/event-store'
import type { DispatchCandidateRows } from './dispatch-candidate-rows.js'

/**
 * The ranking policy's input for every registered team whose home site is known, sorted by team id.
 *
 * @example
 * rankDispatchCandidates(dispatchOrderFacts(model, orderId)!, queryDispatchCandidates(model))
 */
export const queryDispatchCandidates = (
  readModel: ReadModel<DispatchCandidateRows>,
): DispatchCandidate[] => {
  const candidates: DispatchCandidate[] = []
  for (const team of readModel.teams.values()) {
    const site = readModel.sites.get(team.homeSiteId)
    if (site === undefined) continue
    candidates.push({
      teamId: team.teamId,
      status: team.status,
      categories: team.categories,
      capacity: team.capacity,
      activeOrders: team.activeOrders,
      homeSiteId: team.homeSiteId,
      ...(site.parentId === undefined ? {} : { homeSiteParentId: site.parentId }),
      homeSiteLocation: site.location,
      ...(team.pooledClusterId === null ? {} : { clusterId: team.pooledClusterId }),
      isDistrictLevel: site.level === 'center',
      ...(site.districtId === undefined ? {} : { districtId: site.districtId }),
      ...(team.ratingCount === 0 ? {} : { averageRating: team.ratingSum / team.ratingCount }),
    })
  }
  return candidates.sort((a, b) => (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : 0))
}

/** The ranking policy's facts of an open request order, or undefined if it is not open or unknown. */
export const queryDispatchOrderFacts = (
  readModel: ReadModel<DispatchCandidateRows>,
  orderId: string,
): DispatchOrderFacts | undefined => {
  const order = readModel.orders.get(orderId)
  const site = order && readModel.sites.get(order.siteId)
  if (order === undefined || site === undefined) return undefined
  const clusterId = readModel.siteClusters.get(order.siteId)?.clusterId
  const projectTeamId =
    order.category === null ? undefined : readModel.projectEntries.get(order.category)?.teamId
  return {
    orderId,
    siteId: order.siteId,
    siteLocation: site.location,
    ...(clusterId === undefined ? {} : { clusterId }),
    ...(site.districtId === undefined ? {} : { districtId: site.districtId }),
    category: order.category,
    ...(projectTeamId === undefined ? {} : { projectTeamId }),
    ...(order.holder === undefined ? {} : { holder: order.holder }),
  }
}
