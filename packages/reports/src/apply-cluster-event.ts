import { SLOT } from './counter-slot.js'
import { dayBucket, localDay, siteFigures } from './day-bucket.js'
import type { ReportHandlers } from './report-handlers.js'
import type { WorkReportReadModel } from './work-report-read-model.js'

/** Whether the fold is scoped to this cluster, whose member sites are then its scope. */
const scopedTo = (rm: WorkReportReadModel, clusterId: string): Set<string> | undefined =>
  rm.scope?.kind === 'cluster' && rm.scope.scope.clusterId === clusterId
    ? rm.scope.members
    : undefined

/** Adds `change` to the member sites of the site's own figures on the local day of `at`. */
const countSite = (rm: WorkReportReadModel, siteId: string, at: string, change: 1 | -1): void => {
  dayBucket(siteFigures(rm, siteId), localDay(rm, at)).counters[SLOT.clusterSites]! += change
}

/**
 * Counts clusters (五联共建) in their lead site's figures, the sites in them (lead included) each in
 * its own site's figures, and joint activities recorded by clusters in their host site's. A fold
 * scoped to a cluster follows its member sites as they join and leave.
 */
export const clusterHandlers: ReportHandlers<
  | 'ClusterFormed'
  | 'ClusterSiteJoined'
  | 'ClusterSiteLeft'
  | 'ClusterJointActivityRecorded'
  | 'ClusterDissolved'
> = {
  ClusterFormed: (rm, { clusterId, name, leadSiteId, memberSiteIds, at }) => {
    const members = new Set([leadSiteId, ...memberSiteIds])
    const scoped = scopedTo(rm, clusterId)
    if (scoped !== undefined) for (const siteId of members) scoped.add(siteId)
    const cluster = {
      figures: siteFigures(rm, leadSiteId),
      members,
      jointActivityIds: new Set<string>(),
    }
    rm.clusters.set(clusterId, cluster)
    rm.clusterNames.set(clusterId, { name, district: rm.sites.get(leadSiteId)?.district ?? '' })
    dayBucket(cluster.figures, localDay(rm, at)).counters[SLOT.clusters]! += 1
    for (const siteId of members) countSite(rm, siteId, at, 1)
  },
  ClusterSiteJoined: (rm, { clusterId, siteId, at }) => {
    const cluster = rm.clusters.get(clusterId)
    if (cluster === undefined || cluster.members.has(siteId)) return
    cluster.members.add(siteId)
    scopedTo(rm, clusterId)?.add(siteId)
    countSite(rm, siteId, at, 1)
  },
  ClusterSiteLeft: (rm, { clusterId, siteId, at }) => {
    const cluster = rm.clusters.get(clusterId)
    if (cluster === undefined || !cluster.members.has(siteId)) return
    countSite(rm, siteId, at, -1)
    cluster.members.delete(siteId)
    scopedTo(rm, clusterId)?.delete(siteId)
  },
  // The old joint-activity command's events; a held activity naming its cluster credits it now.
  ClusterJointActivityRecorded: (rm, { clusterId, activityId, hostSiteId, at }) => {
    const cluster = rm.clusters.get(clusterId)
    if (cluster === undefined || cluster.jointActivityIds.has(activityId)) return
    cluster.jointActivityIds.add(activityId)
    const figures = scopedTo(rm, clusterId) ? cluster.figures : siteFigures(rm, hostSiteId)
    dayBucket(figures, localDay(rm, at)).counters[SLOT.jointActivities]! += 1
  },
  ClusterDissolved: (rm, { clusterId, at }) => {
    const cluster = rm.clusters.get(clusterId)
    if (cluster === undefined) return
    dayBucket(cluster.figures, localDay(rm, at)).counters[SLOT.clusters]! -= 1
    for (const siteId of cluster.members) countSite(rm, siteId, at, -1)
    scopedTo(rm, clusterId)?.clear()
    rm.clusters.delete(clusterId)
  },
}
