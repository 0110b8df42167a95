import type { SiteEvent } from '../../site/events.js'
import { defaultAt as at, defaultIds as ids, type EventDefaults } from './event-defaults.js'

/** A station under the centre, and what later happens to it. */
export const siteEventDefaults: EventDefaults<SiteEvent> = {
  SiteRegistered: {
    siteId: ids.siteId,
    parentId: ids.districtId,
    level: 'station',
    name: '东街新时代文明实践站',
    kind: '社区',
    coordinates: { latitude: 31.23, longitude: 121.47 },
    districtId: ids.districtId,
    at,
  },
  SiteRenamed: { siteId: ids.siteId, name: '东街社区实践站', at },
  SiteMarkedWeak: { siteId: ids.siteId, reason: '缺少志愿队伍', at },
  SiteWeakMarkCleared: { siteId: ids.siteId, at },
  SiteClosed: { siteId: ids.siteId, reason: '撤并', at },
  SiteClaimedByCluster: { siteId: ids.siteId, clusterId: ids.clusterId, at },
  SiteReleasedByCluster: { siteId: ids.siteId, clusterId: ids.clusterId, at },
}
