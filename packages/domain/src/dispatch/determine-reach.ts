import type { ClusterState } from '../cluster/state.js'
import { isClusterSite } from '../cluster/state.js'
import type { EligibleReach } from '../order/order-commands-with-facts.js'
import type { SiteFacts } from '../site/site-facts.js'
import type { TeamFacts } from '../team/team-facts.js'

/** What deciding a team's reach needs, each read from its aggregate's stream (never a read model). */
export type ReachFacts = {
  /** The order's site (the issuing site of a directive order). */
  readonly orderSite: SiteFacts
  /** The order site's district: its centre's id (D1), or `null` when it cannot be told. */
  readonly orderDistrictId: string | null
  /** The cluster the order's site belongs to, when it belongs to one. */
  readonly cluster: ClusterState | null
  readonly team: TeamFacts
  /** The team's home site (its parent known when an institute holds the order). */
  readonly teamHomeSite: Pick<SiteFacts, 'siteId' | 'level' | 'parentId'> | null
  /** The institute holding the order (O8), whose own and stations' teams it reaches; else absent. */
  readonly holderInstituteId?: string | null
}

/**
 * O3 with clusters: a team is local to the order's site, pooled in the cluster of that site, a team
 * of the holding institute or of one of its stations (O8), or district-level (its home site is the
 * centre of the order's own district, D1); `null` when it is none of those. A team at another
 * district's centre is not district-level here.
 */
export const determineReach = ({
  orderSite,
  orderDistrictId,
  cluster,
  team,
  teamHomeSite,
  holderInstituteId,
}: ReachFacts): EligibleReach => {
  if (team.homeSiteId === orderSite.siteId) return 'local'
  if (
    orderSite.clusterId !== null &&
    cluster !== null &&
    cluster.status === 'active' &&
    cluster.clusterId === orderSite.clusterId &&
    isClusterSite(cluster, orderSite.siteId) &&
    team.teamId in cluster.pooledTeams
  ) {
    return 'pooled'
  }
  if (
    holderInstituteId !== null &&
    holderInstituteId !== undefined &&
    (team.homeSiteId === holderInstituteId || teamHomeSite?.parentId === holderInstituteId)
  ) {
    return 'institute'
  }
  if (
    teamHomeSite?.level === 'center' &&
    orderDistrictId !== null &&
    teamHomeSite.siteId === orderDistrictId
  ) {
    return 'district'
  }
  return null
}
