import type { HolderLevel } from '../order/holder.js'
import type { GeoPoint } from './geo-point.js'

/** A team's standing as its own stream records it: only an `active` team may receive a dispatch. */
export type DispatchCandidateStatus = 'active' | 'suspended' | 'dissolved'

/**
 * What the ranking needs to know of one team, as a read model (the team board) holds it now.
 * The projections build exactly these facts: one per registered team, unique by `teamId`.
 */
export type DispatchCandidate = {
  readonly teamId: string
  /** From `TeamSuspended` / `TeamReinstated` / `TeamDissolved`. */
  readonly status: DispatchCandidateStatus
  /** Catalogue category codes the team serves (`TeamRegistered`, `TeamCategoriesChanged`). */
  readonly categories: readonly string[]
  /** Active orders the team may hold at once (T1). */
  readonly capacity: number
  /** Orders reserved on the team and not yet released (dispatched, taken, not completed). */
  readonly activeOrders: number
  /** The team's home site (`TeamRegistered.homeSiteId`). */
  readonly homeSiteId: string
  /** The home site's parent (an institute for a station's team), when known: O8's institute reach. */
  readonly homeSiteParentId?: string
  /** Where the home site is, from the site's events. */
  readonly homeSiteLocation: GeoPoint
  /** The cluster (五联共建) the team is pooled in, if any: the cluster of its home site (C2). */
  readonly clusterId?: string
  /** Whether the team serves the whole district (a centre-level team). */
  readonly isDistrictLevel: boolean
  /** The district (its centre's id, D1) of the team's home site, when known. */
  readonly districtId?: string
  /** The mean of the team's evaluations (1-5), absent while it has none. */
  readonly averageRating?: number
}

/** What the ranking needs to know of the order being dispatched. */
export type DispatchOrderFacts = {
  readonly orderId: string
  /** The site the order was placed at. */
  readonly siteId: string
  /** Where that site is: the centre of the order's service circle. */
  readonly siteLocation: GeoPoint
  /** The cluster the order's site belongs to now, if any (C1). */
  readonly clusterId?: string
  /** The district (its centre's id, D1) of the order's site, when known. */
  readonly districtId?: string
  /** The ordered catalogue category; `null` for a free-form request, which any team may serve. */
  readonly category: string | null
  /**
   * The team of the winning project the ordered entry came from (S4): it serves the entry
   * district-wide and is suggested first.
   */
  readonly projectTeamId?: string
  /**
   * The level holding the accepted order (O8), whose reach bounds the suggestion: a station its own
   * teams; an institute those, its clusters' pools and its stations' teams; the centre O3's.
   * Absent: the centre.
   */
  readonly holder?: { readonly level: HolderLevel; readonly siteId: string | null }
}
