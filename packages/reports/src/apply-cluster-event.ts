import type { ClusterEvent } from '@wenming/domain'
import { SLOT } from './counter-slot.js'
import { dayBucket, localDay, siteDistrict } from './day-bucket.js'
import type { WorkReportReadModel } from './work-report-read-model.js'

type CountedClusterEvent = Extract<
  ClusterEvent,
  {
    type:
      | 'ClusterFormed'
      | 'ClusterSiteJoined'
      | 'ClusterSiteLeft'
      | 'ClusterJointActivityRecorded'
      | 'ClusterDissolved'
  }
>

/**
 * Counts clusters (五联共建) and the sites in them (lead included) in the lead site's district, and
 * joint activities recorded by clusters.
 */
export const applyClusterEvent = (rm: WorkReportReadModel, event: CountedClusterEvent) => {
  const data = event.data
  if (event.type === 'ClusterFormed') {
    const district = siteDistrict(rm, event.data.leadSiteId)
    const sites = 1 + event.data.memberSiteIds.length
    rm.clusters.set(data.clusterId, { district, sites })
    const counters = dayBucket(rm, district, localDay(rm, data.at)).counters
    counters[SLOT.clusters]! += 1
    counters[SLOT.clusterSites]! += sites
    return
  }
  const cluster = rm.clusters.get(data.clusterId)
  if (cluster === undefined) return
  const counters = dayBucket(rm, cluster.district, localDay(rm, data.at)).counters
  switch (event.type) {
    case 'ClusterSiteJoined':
      cluster.sites += 1
      counters[SLOT.clusterSites]! += 1
      break
    case 'ClusterSiteLeft':
      cluster.sites -= 1
      counters[SLOT.clusterSites]! -= 1
      break
    case 'ClusterJointActivityRecorded':
      counters[SLOT.jointActivities]! += 1
      break
    case 'ClusterDissolved':
      counters[SLOT.clusters]! -= 1
      counters[SLOT.clusterSites]! -= cluster.sites
      rm.clusters.delete(data.clusterId)
      break
  }
}
