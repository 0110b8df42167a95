import type { Coordinates, SiteLevel, TeamMember } from '@wenming/domain'
import type { SiteClusterRow } from '../site-cluster-changes.js'
import type { SharedVenue } from '../cluster-pool/cluster-pool-rows.js'
import type { SiteCellRow } from './site-cell.js'

/** One site of the practice network (centre, institute, station or point) as it stands now. */
export type NetworkSiteRow = {
  readonly siteId: string
  /** One level up; `null` only for the centre. */
  readonly parentId: string | null
  readonly level: SiteLevel
  readonly name: string
  /** Kind of place: 村, 社区, 驿站 ... (data). */
  readonly kind: string
  readonly coordinates: Coordinates
  /** Marked 薄弱 (weak) for support through a cluster. */
  readonly weak: boolean
  readonly closed: boolean
  readonly registeredAt: string
}

/** One volunteer team: its home, organisation, platform, categories, load, members and record. */
export type NetworkTeamRow = {
  readonly teamId: string
  readonly name: string
  readonly homeSiteId: string
  readonly organizationId: string
  readonly platform: string
  readonly categories: readonly string[]
  readonly capacity: number
  /** Capacity reservations not yet released (T1). */
  readonly activeOrders: number
  readonly status: 'active' | 'suspended' | 'dissolved'
  readonly leaderId: string
  /** Members by volunteer id and display name (no other personal data), the leader first. */
  readonly members: readonly TeamMember[]
  /** Flags (授旗) awarded to the team, by title. */
  readonly flags: readonly string[]
  readonly completed: number
  readonly ratingSum: number
  readonly ratingCount: number
  readonly registeredAt: string
}

/** A joint activity (活动联办) credited to a cluster and its host site. */
export type JointActivity = {
  readonly activityId: string
  readonly title: string
  readonly hostSiteId: string
  readonly date: string
  readonly volunteers: number
  readonly audience: number
  /** The cluster's shared venue it was held at, when the plan named one. */
  readonly venueId?: string
}

/** One cluster (五联共建): members, pooled teams, shared venues and joint activities. */
export type NetworkClusterRow = {
  readonly clusterId: string
  readonly name: string
  readonly status: 'active' | 'dissolved'
  readonly leadSiteId: string
  /** The lead site first, then the others in the order they joined. */
  readonly memberSiteIds: readonly string[]
  readonly pooledTeamIds: readonly string[]
  readonly venues: readonly SharedVenue[]
  readonly jointActivities: readonly JointActivity[]
  readonly formedAt: string
  readonly dissolvedAt: string | null
}

/** The tables of the network directory. */
export type NetworkRows = {
  sites: NetworkSiteRow
  teams: NetworkTeamRow
  clusters: NetworkClusterRow
  siteClusters: SiteClusterRow
  /** Sites by grid cell of their coordinates, for the service circle. */
  siteCells: SiteCellRow
  /** Teams by home site (a team's home never changes). */
  siteTeams: { readonly siteId: string; readonly teamIds: readonly string[] }
}
