import type { EventStore } from '@wenming/event-store'
import { catalogueStream } from '../catalogue/catalogue-stream.js'
import type { EligibleReach } from '../order/order-commands-with-facts.js'
import type { HeldBy } from '../order/state.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import { clusterStream, siteStream } from '../shared/stream-names.js'
import type { SiteFacts } from '../site/site-facts.js'
import { siteFacts } from '../site/site-facts.js'
import type { TeamFacts } from '../team/team-facts.js'
import { determineReach } from './determine-reach.js'

/**
 * The team's reach for an order of `orderSite` in district `orderDistrictId` (O3, D1) held by
 * `holder` (O8), reading only the streams the answer needs: none for a local team, the site's
 * cluster when the site has one, and the team's home site only for a team whose registration did
 * not record its level, or when an institute holds the order (its parent tells); the district's
 * catalogue only for a team otherwise out of reach, which serves a winning project's entry
 * district-wide (S4).
 */
export const readReach = async (
  runtime: DomainRuntime,
  store: EventStore,
  orderSite: SiteFacts,
  orderDistrictId: string | null,
  team: TeamFacts,
  holder: HeldBy | null = null,
  category: string | null = null,
): Promise<EligibleReach> => {
  if (team.homeSiteId === orderSite.siteId) return 'local'
  const cluster =
    orderSite.clusterId === null
      ? null
      : await runtime.read.cluster(store, clusterStream(orderSite.clusterId))
  const holderInstituteId = holder?.level === 'institute' ? holder.siteId : null
  const facts = { orderSite, orderDistrictId, cluster, team, holderInstituteId }
  const early = determineReach({ ...facts, teamHomeSite: null })
  if (early === 'pooled' || early === 'institute') return early
  // A site's level never changes: the team's registration recorded its home site's.
  const teamHomeSite =
    team.homeSiteLevel === null || team.homeSiteLevel === undefined || holderInstituteId !== null
      ? siteFacts(await runtime.read.site(store, siteStream(team.homeSiteId)))
      : { siteId: team.homeSiteId, level: team.homeSiteLevel }
  const reach = determineReach({ ...facts, teamHomeSite })
  if (reach !== null || category === null || orderDistrictId === null) return reach
  // S4: a winning project's team serves its catalogue entry district-wide.
  const catalogue = await runtime.read.catalogue(store, catalogueStream(orderDistrictId))
  return catalogue.items[category]?.source?.teamId === team.teamId ? 'district' : null
}
