import { isClusterSite, type ClusterState } from '../cluster/state.js'
import type { ActivityError } from './errors.js'
import type { PlanActivityWithCluster } from './plan-activity-with-cluster.js'

/**
 * C4 and D1 for a plan that names a cluster: the cluster is active, the organising (host) site is
 * one of its sites, and a named venue is one the cluster shares. A plan without the cluster's
 * facts cannot name a cluster. `undefined` when the plan is fine.
 */
export const checkJointActivity = ({
  data,
  facts,
}: PlanActivityWithCluster): ActivityError | undefined => {
  const { activityId, clusterId, venueId } = data
  if (clusterId === undefined) {
    return venueId === undefined
      ? undefined
      : { type: 'ActivityVenueNeedsCluster', activityId, venueId }
  }
  const cluster: ClusterState | null = facts?.cluster ?? null
  if (cluster === null || cluster.status !== 'active' || cluster.clusterId !== clusterId) {
    return { type: 'ActivityClusterUnavailable', activityId, clusterId }
  }
  if (!isClusterSite(cluster, data.organizerSiteId)) {
    return {
      type: 'ActivityHostNotInCluster',
      activityId,
      clusterId,
      siteId: data.organizerSiteId,
    }
  }
  if (venueId !== undefined && !(venueId in cluster.venues)) {
    return { type: 'ActivityVenueNotInCluster', activityId, clusterId, venueId }
  }
  return undefined
}
