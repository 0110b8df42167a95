import type { EventStore } from '@wenming/event-store'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import { siteStream } from '../shared/stream-names.js'
import { districtOf, siteFacts, type SiteFacts } from './site-facts.js'

/** The network has four levels, so a district is at most three parents up. */
const MAX_HOPS = 4

/**
 * The district (its centre's id, D1) of `site`: from its own registration when it recorded one, else
 * by reading its parents up to the centre (older registrations); `null` for an unknown site.
 */
export const readSiteDistrict = async (
  runtime: DomainRuntime,
  store: EventStore,
  site: SiteFacts | null,
): Promise<string | null> => {
  let current = site
  for (let hop = 0; current !== null && hop < MAX_HOPS; hop += 1) {
    const known = districtOf(current)
    if (known !== null) return known
    if (current.parentId === null || current.parentId === undefined) return null
    current = siteFacts(await runtime.read.site(store, siteStream(current.parentId)))
  }
  return null
}

/** The district of site `siteId`, read from its stream (and its parents' when needed). */
export const readSiteDistrictById = async (
  runtime: DomainRuntime,
  store: EventStore,
  siteId: string,
): Promise<string | null> =>
  readSiteDistrict(runtime, store, siteFacts(await runtime.read.site(store, siteStream(siteId))))
