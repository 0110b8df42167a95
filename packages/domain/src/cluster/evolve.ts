import { unknownEvent } from '../shared/unknown-event.js'
import type { ClusterEvent } from './events.js'
import type { ClusterState, FormedCluster } from './state.js'

const update = (state: ClusterState, change: (c: FormedCluster) => ClusterState): ClusterState =>
  state.status === 'none' ? state : change(state)

const without = <V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key))

/**
 * Applies one cluster event to the state. A `switch` rather than ts-pattern: a dispatch within a
 * cluster folds its stream, and building a matcher per event cost more than the fold itself.
 */
export const evolveCluster = (state: ClusterState, event: ClusterEvent): ClusterState => {
  switch (event.type) {
    case 'ClusterFormed': {
      const { data } = event
      return {
        status: 'active',
        clusterId: data.clusterId,
        name: data.name,
        leadSiteId: data.leadSiteId,
        memberSiteIds: data.memberSiteIds,
        pooledTeams: {},
        venues: {},
        jointActivityIds: [],
      }
    }
    case 'ClusterSiteJoined': {
      const { data } = event
      return update(state, (c) => ({ ...c, memberSiteIds: [...c.memberSiteIds, data.siteId] }))
    }
    case 'ClusterSiteLeft': {
      const { data } = event
      return update(state, (c) => ({
        ...c,
        memberSiteIds: c.memberSiteIds.filter((id) => id !== data.siteId),
      }))
    }
    case 'ClusterTeamPooled': {
      const { data } = event
      return update(state, (c) => ({
        ...c,
        pooledTeams: { ...c.pooledTeams, [data.teamId]: data.homeSiteId },
      }))
    }
    case 'ClusterTeamWithdrawn': {
      const { data } = event
      return update(state, (c) => ({ ...c, pooledTeams: without(c.pooledTeams, data.teamId) }))
    }
    case 'ClusterVenueOffered': {
      const { data } = event
      return update(state, (c) => ({ ...c, venues: { ...c.venues, [data.venueId]: data.siteId } }))
    }
    case 'ClusterVenueWithdrawn': {
      const { data } = event
      return update(state, (c) => ({ ...c, venues: without(c.venues, data.venueId) }))
    }
    case 'ClusterJointActivityRecorded': {
      const { data } = event
      return update(state, (c) => ({
        ...c,
        jointActivityIds: [...c.jointActivityIds, data.activityId],
      }))
    }
    case 'ClusterDissolved':
      return update(state, (c) => ({ ...c, status: 'dissolved', pooledTeams: {}, venues: {} }))
    default:
      return unknownEvent(event)
  }
}
