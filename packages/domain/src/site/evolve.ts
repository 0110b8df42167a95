import { unknownEvent } from '../shared/unknown-event.js'
import type { SiteEvent } from './events.js'
import type { SiteState } from './state.js'

/**
 * Applies one site event to the state. A `switch` rather than ts-pattern: every dispatch folds two
 * site streams, and building a matcher per event cost more than the fold itself.
 */
export const evolveSite = (state: SiteState, event: SiteEvent): SiteState => {
  switch (event.type) {
    case 'SiteRegistered': {
      const { data } = event
      return {
        status: 'open',
        siteId: data.siteId,
        parentId: data.parentId,
        level: data.level,
        name: data.name,
        kind: data.kind,
        coordinates: data.coordinates,
        weak: false,
        districtId: data.districtId ?? (data.level === 'center' ? data.siteId : null),
        clusterId: null,
      }
    }
    case 'SiteRenamed':
      return state.status === 'unregistered' ? state : { ...state, name: event.data.name }
    case 'SiteMarkedWeak':
      return state.status === 'unregistered' ? state : { ...state, weak: true }
    case 'SiteWeakMarkCleared':
      return state.status === 'unregistered' ? state : { ...state, weak: false }
    case 'SiteClosed':
      return state.status === 'unregistered' ? state : { ...state, status: 'closed' }
    case 'SiteClaimedByCluster':
      return state.status === 'unregistered' ? state : { ...state, clusterId: event.data.clusterId }
    case 'SiteReleasedByCluster':
      return state.status === 'unregistered' ? state : { ...state, clusterId: null }
    default:
      return unknownEvent(event)
  }
}
