import type { DispatchCandidateStatus, GeoPoint, HeldBy, SiteLevel } from '@wenming/domain'
import type { SiteClusterRow } from '../site-cluster-changes.js'

/** What the ranking needs of a team, as its events record it. */
export type CandidateTeamRow = {
  readonly teamId: string
  readonly status: DispatchCandidateStatus
  readonly categories: readonly string[]
  readonly capacity: number
  readonly activeOrders: number
  readonly homeSiteId: string
  /** The cluster the team is pooled in, if any. */
  readonly pooledClusterId: string | null
  readonly ratingSum: number
  readonly ratingCount: number
}

/** Where a site is and at which level of the network. */
export type CandidateSiteRow = {
  readonly siteId: string
  readonly level: SiteLevel
  readonly location: GeoPoint
  /** The site's district (its centre's id, D1), when its registration or its parent's tells it. */
  readonly districtId?: string
  /** The site one level up (O8: a station's institute). */
  readonly parentId?: string
}

/** An open request order, to state the facts of its dispatch. */
export type CandidateOrderRow = {
  readonly orderId: string
  readonly siteId: string
  readonly category: string | null
  /** Who holds it once accepted (O8); absent before acceptance. */
  readonly holder?: HeldBy
}

/** A catalogue entry that a winning project became, and the project's team that serves it (S4). */
export type ProjectEntryRow = { readonly code: string; readonly teamId: string }

/** The tables of the dispatch candidates. */
export type DispatchCandidateRows = {
  teams: CandidateTeamRow
  sites: CandidateSiteRow
  siteClusters: SiteClusterRow
  orders: CandidateOrderRow
  projectEntries: ProjectEntryRow
}
