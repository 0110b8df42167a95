import type { SiteClusterRow } from '../site-cluster-changes.js'

/** A venue a member site shares with its cluster (阵地联用). */
export type SharedVenue = {
  readonly venueId: string
  readonly siteId: string
  readonly name: string
}

/** One cluster (五联共建): its member sites, pooled teams, shared venues and cross-site work. */
export type ClusterPoolRow = {
  readonly clusterId: string
  readonly name: string
  readonly status: 'active' | 'dissolved'
  readonly leadSiteId: string
  /** The lead site first, then the others in the order they joined. */
  readonly memberSiteIds: readonly string[]
  readonly pooledTeamIds: readonly string[]
  readonly venues: readonly SharedVenue[]
  /** Dispatches of its members' orders to a team pooled from another member site. */
  readonly crossSiteDispatches: number
  /** Joint activities (活动联办) credited to the cluster: held with it named (C4). */
  readonly jointActivities: number
  /** Their activity ids, so that an activity told by two events counts once. */
  readonly jointActivityIds?: readonly string[]
  readonly formedAt: string
  readonly dissolvedAt: string | null
}

/** The site of an open request order, to credit a pooled dispatch to the site's cluster. */
export type OrderSiteRow = { readonly orderId: string; readonly siteId: string }

/** The tables of the cluster pool. */
export type ClusterPoolRows = {
  clusters: ClusterPoolRow
  siteClusters: SiteClusterRow
  orderSites: OrderSiteRow
}
