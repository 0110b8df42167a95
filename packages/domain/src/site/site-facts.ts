import type { SiteLevel } from '../shared/site-level.js'
import type { SiteState } from './state.js'

/** What other aggregates' decisions need to know about a site, read from its stream. */
export type SiteFacts = {
  readonly siteId: string
  readonly level: SiteLevel
  readonly status: 'open' | 'closed'
  readonly clusterId: string | null
}

/** The facts of a registered site, or `null` when its stream holds no registration. */
export const siteFacts = (state: SiteState): SiteFacts | null =>
  state.status === 'unregistered'
    ? null
    : { siteId: state.siteId, level: state.level, status: state.status, clusterId: state.clusterId }
