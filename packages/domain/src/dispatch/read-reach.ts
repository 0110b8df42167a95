import type { EventStore } from '@wenming/event-store'
import type { EligibleReach } from '../order/order-commands-with-facts.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import { clusterStream, siteStream } from '../shared/stream-names.js'
import type { SiteFacts } from '../site/site-facts.js'
import { siteFacts } from '../site/site-facts.js'
import type { TeamFacts } from '../team/team-facts.js'
import { determineReach } from './determine-reach.js'

/**
 * The team's reach for an order of `orderSite` (O3), reading only the streams the answer needs: none
 * for a local team, the site's cluster when the site has one, the team's home site last.
 */
export const readReach = async (
  runtime: DomainRuntime,
  store: EventStore,
  orderSite: SiteFacts,
  team: TeamFacts,
): Promise<EligibleReach> => {
  if (team.homeSiteId === orderSite.siteId) return 'local'
  const cluster =
    orderSite.clusterId === null
      ? null
      : await runtime.read.cluster(store, clusterStream(orderSite.clusterId))
  if (determineReach({ orderSite, cluster, team, teamHomeSite: null }) === 'pooled') return 'pooled'
  const teamHomeSite = siteFacts(await runtime.read.site(store, siteStream(team.homeSiteId)))
  return determineReach({ orderSite, cluster, team, teamHomeSite })
}
