import { SLOT } from './counter-slot.js'
import { dayBucket, localDay, siteFigures } from './day-bucket.js'
import type { ReportHandlers } from './report-handlers.js'
import type { WorkReportReadModel } from './work-report-read-model.js'

/** A known cluster and the counters of its district on the local day of `at`. */
const clusterDay = (rm: WorkReportReadModel, clusterId: string, at: string) => {
  const cluster = rm.clusters.get(clusterId)
  return cluster && { cluster, counters: dayBucket(cluster.figures, localDay(rm, at)).counters }
}

/**
 * Counts clusters (五联共建) and the sites in them (lead included) in the lead site's district, and
 * joint activities recorded by clusters.
 */
export const clusterHandlers: ReportHandlers<
  | 'ClusterFormed'
  | 'ClusterSiteJoined'
  | 'ClusterSiteLeft'
  | 'ClusterJointActivityRecorded'
  | 'ClusterDissolved'
> = {
  ClusterFormed: (rm, { clusterId, leadSiteId, memberSiteIds, at }) => {
    const cluster = {
      figures: siteFigures(rm, leadSiteId),
      sites: 1 + memberSiteIds.length,
      jointActivityIds: new Set<string>(),
    }
    rm.clusters.set(clusterId, cluster)
    const counters = dayBucket(cluster.figures, localDay(rm, at)).counters
    counters[SLOT.clusters]! += 1
    counters[SLOT.clusterSites]! += cluster.sites
  },
  ClusterSiteJoined: (rm, { clusterId, at }) => {
    const known = clusterDay(rm, clusterId, at)
    if (known === undefined) return
    known.cluster.sites += 1
    known.counters[SLOT.clusterSites]! += 1
  },
  ClusterSiteLeft: (rm, { clusterId, at }) => {
    const known = clusterDay(rm, clusterId, at)
    if (known === undefined) return
    known.cluster.sites -= 1
    known.counters[SLOT.clusterSites]! -= 1
  },
  // The old joint-activity command's events; a held activity naming its cluster credits it now.
  ClusterJointActivityRecorded: (rm, { clusterId, activityId, at }) => {
    const known = clusterDay(rm, clusterId, at)
    if (known === undefined || known.cluster.jointActivityIds.has(activityId)) return
    known.cluster.jointActivityIds.add(activityId)
    known.counters[SLOT.jointActivities]! += 1
  },
  ClusterDissolved: (rm, { clusterId, at }) => {
    const known = clusterDay(rm, clusterId, at)
    if (known === undefined) return
    known.counters[SLOT.clusters]! -= 1
    known.counters[SLOT.clusterSites]! -= known.cluster.sites
    rm.clusters.delete(clusterId)
  },
}
