import type { EventStore } from '@wenming/event-store'
import { clusterDecider } from '../cluster/cluster-decider.js'
import { readState } from '../shared/read-state.js'
import { clusterStream, siteStream, teamStream } from '../shared/stream-names.js'
import { siteDecider } from '../site/site-decider.js'
import { siteFacts, type SiteFacts } from '../site/site-facts.js'
import { teamDecider } from '../team/team-decider.js'
import { teamFacts, type TeamFacts } from '../team/team-facts.js'
import type { ReachFacts } from './determine-reach.js'

/** What the dispatch process found about the order's site and the team, from their streams. */
export type LoadedReachFacts = {
  readonly orderSite: SiteFacts | null
  readonly team: TeamFacts | null
  /** Complete facts when both the site and the team exist. */
  readonly reach: ReachFacts | null
}

/** Reads the order's site, its cluster, the team and the team's home site through the kernel. */
export const readReachFacts = async (
  store: EventStore,
  orderSiteId: string,
  teamId: string,
): Promise<LoadedReachFacts> => {
  const orderSite = siteFacts(await readState(store, siteDecider, siteStream(orderSiteId)))
  const team = teamFacts(await readState(store, teamDecider, teamStream(teamId)))
  if (orderSite === null || team === null) return { orderSite, team, reach: null }
  const cluster =
    orderSite.clusterId === null
      ? null
      : await readState(store, clusterDecider, clusterStream(orderSite.clusterId))
  const teamHomeSite = siteFacts(await readState(store, siteDecider, siteStream(team.homeSiteId)))
  return { orderSite, team, reach: { orderSite, cluster, team, teamHomeSite } }
}
