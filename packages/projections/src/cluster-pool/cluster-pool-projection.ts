import { leanRowProjection, type LeanEvent } from '@wenming/event-store'
import { asWenmingEvent } from '../as-wenming-event.js'
import type { ReadModel, RowChange } from '@wenming/event-store'
import { siteClusterChanges, siteClusterEventTypes } from '../site-cluster-changes.js'
import type { ClusterPoolRow, ClusterPoolRows } from './cluster-pool-rows.js'

type Change = RowChange<ClusterPoolRows>

const put = (row: ClusterPoolRow): Change => ({ table: 'clusters', key: row.clusterId, row })
const without = <T>(items: readonly T[], drop: (item: T) => boolean): T[] =>
  items.filter((item) => !drop(item))
const withOne = (items: readonly string[], item: string): string[] =>
  items.includes(item) ? [...items] : [...items, item]

/** C4: a joint activity counts once for its cluster, whichever event told it first. */
const creditJoint = (cluster: ClusterPoolRow | undefined, activityId: string): Change[] => {
  if (!cluster) return []
  const ids = cluster.jointActivityIds ?? []
  if (ids.includes(activityId)) return []
  return [
    put({
      ...cluster,
      jointActivities: cluster.jointActivities + 1,
      jointActivityIds: [...ids, activityId],
    }),
  ]
}

const changes = (readModel: ReadModel<ClusterPoolRows>, recorded: LeanEvent): Change[] => {
  const event = asWenmingEvent(recorded)
  const cluster =
    'clusterId' in event.data ? readModel.clusters.get(event.data.clusterId ?? '') : undefined
  switch (event.type) {
    case 'ClusterFormed':
      return [
        ...siteClusterChanges(readModel, event),
        put({
          clusterId: event.data.clusterId,
          name: event.data.name,
          status: 'active',
          leadSiteId: event.data.leadSiteId,
          memberSiteIds: [event.data.leadSiteId, ...event.data.memberSiteIds],
          pooledTeamIds: [],
          venues: [],
          crossSiteDispatches: 0,
          jointActivities: 0,
          formedAt: event.data.at,
          dissolvedAt: null,
        }),
      ]
    case 'ClusterSiteJoined':
    case 'ClusterSiteLeft': {
      if (!cluster) return []
      const { siteId } = event.data
      const memberSiteIds =
        event.type === 'ClusterSiteJoined'
          ? withOne(cluster.memberSiteIds, siteId)
          : without(cluster.memberSiteIds, (id) => id === siteId)
      return [...siteClusterChanges(readModel, event), put({ ...cluster, memberSiteIds })]
    }
    case 'ClusterTeamPooled':
      return cluster
        ? [put({ ...cluster, pooledTeamIds: withOne(cluster.pooledTeamIds, event.data.teamId) })]
        : []
    case 'ClusterTeamWithdrawn':
      return cluster
        ? [
            put({
              ...cluster,
              pooledTeamIds: without(cluster.pooledTeamIds, (id) => id === event.data.teamId),
            }),
          ]
        : []
    case 'ClusterVenueOffered': {
      if (!cluster) return []
      const { venueId, siteId, name } = event.data
      const others = without(cluster.venues, (venue) => venue.venueId === venueId)
      return [put({ ...cluster, venues: [...others, { venueId, siteId, name }] })]
    }
    case 'ClusterVenueWithdrawn':
      return cluster
        ? [
            put({
              ...cluster,
              venues: without(cluster.venues, (venue) => venue.venueId === event.data.venueId),
            }),
          ]
        : []
    case 'ClusterJointActivityRecorded':
      return creditJoint(cluster, event.data.activityId)
    case 'ActivityHeld':
      return creditJoint(cluster, event.data.activityId)
    case 'ClusterDissolved':
      return cluster
        ? [
            ...siteClusterChanges(readModel, event),
            put({
              ...cluster,
              status: 'dissolved',
              memberSiteIds: [],
              pooledTeamIds: [],
              venues: [],
              dissolvedAt: event.data.at,
            }),
          ]
        : []
    case 'RequestOrderPlaced':
      return [
        {
          table: 'orderSites',
          key: event.data.orderId,
          row: { orderId: event.data.orderId, siteId: event.data.siteId },
        },
      ]
    case 'OrderDispatched':
    case 'OrderRedispatched': {
      if (event.data.reach !== 'pooled') return []
      const site = readModel.orderSites.get(event.data.orderId)?.siteId
      const clusterId = site === undefined ? undefined : readModel.siteClusters.get(site)?.clusterId
      const credited = clusterId === undefined ? undefined : readModel.clusters.get(clusterId)
      return credited
        ? [put({ ...credited, crossSiteDispatches: credited.crossSiteDispatches + 1 })]
        : []
    }
    case 'OrderRejected':
    case 'OrderCancelled':
    case 'OrderCompleted':
      return readModel.orderSites.has(event.data.orderId)
        ? [{ table: 'orderSites', key: event.data.orderId, row: undefined }]
        : []
    default:
      return []
  }
}

/** 五联共建资源池: per cluster its member sites, pooled teams, shared venues and cross-site dispatches. */
export const clusterPool = leanRowProjection<ClusterPoolRows>({
  name: 'cluster-pool',
  tables: ['clusters', 'siteClusters', 'orderSites'],
  eventTypes: [
    ...siteClusterEventTypes,
    'ClusterTeamPooled',
    'ClusterTeamWithdrawn',
    'ClusterVenueOffered',
    'ClusterVenueWithdrawn',
    'ClusterJointActivityRecorded',
    'ActivityHeld',
    'RequestOrderPlaced',
    'OrderDispatched',
    'OrderRedispatched',
    'OrderRejected',
    'OrderCancelled',
    'OrderCompleted',
  ],
  changes,
})
