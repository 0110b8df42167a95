import type { EventStore } from '@wenming/event-store'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import { siteStream } from '../shared/stream-names.js'
import type { SiteLevel } from '../shared/site-level.js'
import { siteFacts, type SiteFacts } from './site-facts.js'

/** The network has four levels: a site and at most three parents. */
const MAX_SITES = 4

/**
 * Site `siteId` and its parents bottom up, each read from its stream, up to the first site at level
 * `upTo` (the centre when the site's registration recorded its district, without reading it); shorter
 * when a parent is unknown, empty for an unknown site.
 */
export const readSiteChain = async (
  runtime: DomainRuntime,
  store: EventStore,
  siteId: string,
  upTo: SiteLevel = 'center',
): Promise<readonly SiteFacts[]> => {
  const chain: SiteFacts[] = []
  let next: string | null | undefined = siteId
  while (next !== null && next !== undefined && chain.length < MAX_SITES) {
    const site = siteFacts(await runtime.read.site(store, siteStream(next)))
    if (site === null) break
    chain.push(site)
    if (site.level === upTo || site.level === 'center') break
    if (upTo === 'center' && site.districtId !== null && site.districtId !== undefined) {
      // A centre's facts other rules need are its id and level; its status is checked on dispatch.
      chain.push({ siteId: site.districtId, level: 'center', status: 'open', clusterId: null })
      break
    }
    next = site.parentId
  }
  return chain
}
