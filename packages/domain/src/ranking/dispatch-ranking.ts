import type { HolderLevel } from '../order/holder.js'
import type { DispatchCandidateStatus } from './dispatch-candidate.js'

/**
 * How a team reaches the order's site (rule O2 of docs/domain-rules.md): its own site, pooled
 * through the cluster, a team of the holding institute or its stations (O8), district-wide.
 */
export type DispatchReach = 'local' | 'pooled' | 'institute' | 'district'

/** The criteria of the ranking, in the order they are applied. */
export type RankingCriterion =
  'projectTeam' | 'reach' | 'serviceCircle' | 'capacityLeft' | 'rating' | 'teamId'

/** Why an eligible team stands where it does: one reason per criterion, as data. */
export type RankingReason =
  /** S4: the team of the winning project the ordered entry came from. */
  | { readonly type: 'ProjectTeam'; readonly category: string }
  | { readonly type: 'LocalTeam'; readonly siteId: string }
  | { readonly type: 'PooledInCluster'; readonly clusterId: string }
  /** O8: a team of the institute holding the order, or of one of its stations. */
  | { readonly type: 'InstituteTeam'; readonly instituteId: string }
  | { readonly type: 'DistrictLevelTeam' }
  | {
      readonly type: 'WithinServiceCircle' | 'OutsideServiceCircle'
      readonly distanceMeters: number
      readonly walkingMinutes: number
      readonly circleMinutes: number
    }
  | { readonly type: 'CapacityLeft'; readonly capacityLeft: number; readonly capacity: number }
  | { readonly type: 'Rated'; readonly averageRating: number }
  | { readonly type: 'NotYetRated' }

/** Why a team may not receive this order (rules O3, T1, T2 of docs/domain-rules.md). */
export type ExclusionReason =
  | { readonly type: 'TeamNotActive'; readonly status: DispatchCandidateStatus }
  | { readonly type: 'CategoryNotServed'; readonly category: string }
  | { readonly type: 'NoCapacityLeft'; readonly capacity: number; readonly activeOrders: number }
  | {
      /** Not local to the order's site, not pooled in its cluster, and not a district-level team. */
      readonly type: 'OutOfReach'
      readonly homeSiteId: string
      readonly clusterId?: string
    }
  /** O8: in reach, but not of the level holding the order: it escalates first. */
  | {
      readonly type: 'BeyondHolderReach'
      readonly holder: HolderLevel
      readonly reach: DispatchReach
    }

/** An eligible team in its place, with the facts and reasons behind it. */
export type RankedTeam = {
  /** 1 for the best suggestion. */
  readonly rank: number
  readonly teamId: string
  /** How the dispatch would record the team (pass it on to the dispatch command). */
  readonly reach: DispatchReach
  readonly distanceMeters: number
  readonly walkingMinutes: number
  readonly withinServiceCircle: boolean
  readonly capacityLeft: number
  readonly averageRating?: number
  /** S4: the team of the winning project the ordered entry came from; absent otherwise. */
  readonly projectTeam?: true
  readonly reasons: readonly RankingReason[]
  /** Why the team just above comes first: the first criterion on which they differ. */
  readonly below?: { readonly teamId: string; readonly criterion: RankingCriterion }
}

/** An ineligible team with every reason it was left out (at least one). */
export type ExcludedTeam = {
  readonly teamId: string
  readonly reasons: readonly ExclusionReason[]
}

/** The suggestion (派单建议) for one order: eligible teams best first, and the teams left out. */
export type DispatchRanking = {
  readonly orderId: string
  readonly ranked: readonly RankedTeam[]
  /** Sorted by team id. */
  readonly excluded: readonly ExcludedTeam[]
}
