import { compareRankedTeams, decidingCriterion } from './compare-ranked-teams.js'
import type { DispatchCandidate, DispatchOrderFacts } from './dispatch-candidate.js'
import type {
  DispatchRanking,
  DispatchReach,
  ExcludedTeam,
  ExclusionReason,
  RankedTeam,
  RankingReason,
} from './dispatch-ranking.js'
import { DuplicateDispatchCandidateError } from './duplicate-dispatch-candidate-error.js'
import { isWithinHolderReach } from '../order/holder-reach.js'
import { haversineMeters } from './haversine-meters.js'
import {
  defaultServiceCircle,
  serviceCircleMeters,
  walkingMinutes,
  type ServiceCircle,
} from './service-circle.js'

type Unranked = Omit<RankedTeam, 'rank' | 'below'>

const capacityLeftOf = (candidate: DispatchCandidate): number => {
  const left = candidate.capacity - candidate.activeOrders
  return Number.isFinite(left) ? Math.max(0, left) : 0
}

const isProjectTeam = (order: DispatchOrderFacts, candidate: DispatchCandidate): boolean =>
  order.projectTeamId !== undefined && candidate.teamId === order.projectTeamId

const reachOf = (
  order: DispatchOrderFacts,
  candidate: DispatchCandidate,
): DispatchReach | undefined => {
  if (candidate.homeSiteId === order.siteId) return 'local'
  if (order.clusterId !== undefined && candidate.clusterId === order.clusterId) return 'pooled'
  const institute = order.holder?.level === 'institute' ? order.holder.siteId : null
  if (
    institute !== null &&
    (candidate.homeSiteId === institute || candidate.homeSiteParentId === institute)
  ) {
    return 'institute'
  }
  // D1: a centre team serves its own district only; another district's centre is out of reach.
  const sameDistrict =
    order.districtId === undefined ||
    candidate.districtId === undefined ||
    candidate.districtId === order.districtId
  // S4: a winning project's team serves its entry district-wide.
  const servesDistrict = candidate.isDistrictLevel || isProjectTeam(order, candidate)
  return servesDistrict && sameDistrict ? 'district' : undefined
}

const exclusionsOf = (
  order: DispatchOrderFacts,
  candidate: DispatchCandidate,
  reach: DispatchReach | undefined,
): ExclusionReason[] => {
  const reasons: ExclusionReason[] = []
  if (candidate.status !== 'active')
    reasons.push({ type: 'TeamNotActive', status: candidate.status })
  if (order.category !== null && !candidate.categories.includes(order.category)) {
    reasons.push({ type: 'CategoryNotServed', category: order.category })
  }
  if (capacityLeftOf(candidate) <= 0) {
    const { capacity, activeOrders } = candidate
    reasons.push({ type: 'NoCapacityLeft', capacity, activeOrders })
  }
  if (reach === undefined) {
    reasons.push({
      type: 'OutOfReach',
      homeSiteId: candidate.homeSiteId,
      ...(candidate.clusterId === undefined ? {} : { clusterId: candidate.clusterId }),
    })
  } else if (order.holder !== undefined && !isWithinHolderReach(order.holder.level, reach)) {
    reasons.push({ type: 'BeyondHolderReach', holder: order.holder.level, reach })
  }
  return reasons
}

const reachReason = (
  reach: DispatchReach,
  order: DispatchOrderFacts,
  candidate: DispatchCandidate,
): RankingReason =>
  reach === 'local'
    ? { type: 'LocalTeam', siteId: order.siteId }
    : reach === 'pooled'
      ? { type: 'PooledInCluster', clusterId: candidate.clusterId ?? '' }
      : reach === 'institute'
        ? { type: 'InstituteTeam', instituteId: order.holder?.siteId ?? '' }
        : { type: 'DistrictLevelTeam' }

const rankingFacts = (
  order: DispatchOrderFacts,
  candidate: DispatchCandidate,
  reach: DispatchReach,
  circle: ServiceCircle,
): Unranked => {
  const distanceMeters = haversineMeters(order.siteLocation, candidate.homeSiteLocation)
  const minutes = walkingMinutes(distanceMeters, circle.walkingSpeedKmPerHour)
  const withinServiceCircle = distanceMeters <= serviceCircleMeters(circle)
  const capacityLeft = capacityLeftOf(candidate)
  const rating = candidate.averageRating
  const averageRating = rating !== undefined && Number.isFinite(rating) ? rating : undefined
  const projectTeam = isProjectTeam(order, candidate) && order.category !== null
  return {
    teamId: candidate.teamId,
    reach,
    distanceMeters,
    walkingMinutes: minutes,
    withinServiceCircle,
    capacityLeft,
    ...(averageRating === undefined ? {} : { averageRating }),
    ...(projectTeam ? { projectTeam: true as const } : {}),
    reasons: [
      ...(projectTeam && order.category !== null
        ? [{ type: 'ProjectTeam' as const, category: order.category }]
        : []),
      reachReason(reach, order, candidate),
      {
        type: withinServiceCircle ? 'WithinServiceCircle' : 'OutsideServiceCircle',
        distanceMeters,
        walkingMinutes: minutes,
        circleMinutes: circle.minutes,
      },
      { type: 'CapacityLeft', capacityLeft, capacity: candidate.capacity },
      averageRating === undefined ? { type: 'NotYetRated' } : { type: 'Rated', averageRating },
    ],
  }
}

/**
 * 派单建议: ranks the teams that may receive an order (rule O3, docs/domain-rules.md: active, serving its category, with
 * capacity left, and local, pooled in the order's cluster or district-level), best first: the
 * team of the winning project the ordered entry came from (S4), then local before pooled before
 * district-wide; inside the walking service circle before farther; most
 * capacity left; best rating (rated before unrated); team id. Every team appears once, either
 * ranked with its reasons or excluded with all of its reasons. Pure and deterministic: the order of
 * `candidates` does not matter.
 *
 * @throws {DuplicateDispatchCandidateError} when two candidates share a team id.
 *
 * @example
 * const { ranked, excluded } = rankDispatchCandidates(order, candidates)
 * const suggestion = ranked[0] // { teamId, reach: 'local', reasons: [...] }
 */
export const rankDispatchCandidates = (
  order: DispatchOrderFacts,
  candidates: readonly DispatchCandidate[],
  circle: ServiceCircle = defaultServiceCircle,
): DispatchRanking => {
  const seen = new Set<string>()
  const eligible: Unranked[] = []
  const excluded: ExcludedTeam[] = []
  for (const candidate of candidates) {
    if (seen.has(candidate.teamId)) throw new DuplicateDispatchCandidateError(candidate.teamId)
    seen.add(candidate.teamId)
    const reach = reachOf(order, candidate)
    const reasons = exclusionsOf(order, candidate, reach)
    if (reach === undefined || reasons.length > 0)
      excluded.push({ teamId: candidate.teamId, reasons })
    else eligible.push(rankingFacts(order, candidate, reach, circle))
  }
  eligible.sort(compareRankedTeams)
  excluded.sort((a, b) => (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : 0))
  const ranked = eligible.map((team, index): RankedTeam => {
    const above = eligible[index - 1]
    const criterion = above === undefined ? undefined : decidingCriterion(above, team)
    return {
      rank: index + 1,
      ...team,
      ...(above === undefined || criterion === undefined
        ? {}
        : { below: { teamId: above.teamId, criterion } }),
    }
  })
  return { orderId: order.orderId, ranked, excluded }
}
