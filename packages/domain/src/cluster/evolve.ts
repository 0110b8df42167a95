import { match } from 'ts-pattern'
import type { ClusterEvent } from './events.js'
import type { ClusterState, FormedCluster } from './state.js'

const update = (state: ClusterState, change: (c: FormedCluster) => ClusterState): ClusterState =>
  state.status === 'none' ? state : change(state)

const without = <V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key))

/** Applies one cluster event to the state. */
export const evolveCluster = (state: ClusterState, event: ClusterEvent): ClusterState =>
  match(event)
    .returnType<ClusterState>()
    .with({ type: 'ClusterFormed' }, ({ data }) => ({
      status: 'active',
      clusterId: data.clusterId,
      name: data.name,
      leadSiteId: data.leadSiteId,
      memberSiteIds: data.memberSiteIds,
      pooledTeams: {},
      venues: {},
      jointActivityIds: [],
    }))
    .with({ type: 'ClusterSiteJoined' }, ({ data }) =>
      update(state, (c) => ({ ...c, memberSiteIds: [...c.memberSiteIds, data.siteId] })),
    )
    .with({ type: 'ClusterSiteLeft' }, ({ data }) =>
      update(state, (c) => ({
        ...c,
        memberSiteIds: c.memberSiteIds.filter((id) => id !== data.siteId),
      })),
    )
    .with({ type: 'ClusterTeamPooled' }, ({ data }) =>
      update(state, (c) => ({
        ...c,
        pooledTeams: { ...c.pooledTeams, [data.teamId]: data.homeSiteId },
      })),
    )
    .with({ type: 'ClusterTeamWithdrawn' }, ({ data }) =>
      update(state, (c) => ({ ...c, pooledTeams: without(c.pooledTeams, data.teamId) })),
    )
    .with({ type: 'ClusterVenueOffered' }, ({ data }) =>
      update(state, (c) => ({ ...c, venues: { ...c.venues, [data.venueId]: data.siteId } })),
    )
    .with({ type: 'ClusterVenueWithdrawn' }, ({ data }) =>
      update(state, (c) => ({ ...c, venues: without(c.venues, data.venueId) })),
    )
    .with({ type: 'ClusterJointActivityRecorded' }, ({ data }) =>
      update(state, (c) => ({ ...c, jointActivityIds: [...c.jointActivityIds, data.activityId] })),
    )
    .with({ type: 'ClusterDissolved' }, () =>
      update(state, (c) => ({ ...c, status: 'dissolved', pooledTeams: {}, venues: {} })),
    )
    .exhaustive()
