import type { SiteLevel } from '../shared/site-level.js'
import type { SiteState } from './state.js'

/** What other aggregates' decisions need to know about a site, read from its stream. */
export type SiteFacts = {
  readonly siteId: string
  readonly level: SiteLevel
  readonly status: 'open' | 'closed'
  readonly clusterId: string | null
  /** The centre of the site's district (D1); `null` or absent when its registration did not say. */
  readonly districtId?: string | null
  /** The site one level up, for a district that has to be found by walking up the tree. */
  readonly parentId?: string | null
}

/** The facts of a registered site, or `null` when its stream holds no registration. */
export const siteFacts = (state: SiteState): SiteFacts | null =>
  state.status === 'unregistered'
    ? null
    : {
        siteId: state.siteId,
        level: state.level,
        status: state.status,
        clusterId: state.clusterId,
        districtId: state.districtId,
        parentId: state.parentId,
      }

/** The district (its centre's id) a site's facts tell without reading further, or `null`. */
export const districtOf = (
  site: Pick<SiteFacts, 'siteId' | 'level' | 'districtId'>,
): string | null => site.districtId ?? (site.level === 'center' ? site.siteId : null)
