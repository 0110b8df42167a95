import type { ClusterEvent } from '../../cluster/events.js'
import { defaultAt as at, defaultIds as ids, type EventDefaults } from './event-defaults.js'

/** A 五联共建 cluster led by the station with one weak village, pooling `team-1`. */
export const clusterEventDefaults: EventDefaults<ClusterEvent> = {
  ClusterFormed: {
    clusterId: ids.clusterId,
    name: '东街五联共建',
    leadSiteId: ids.siteId,
    memberSiteIds: [ids.siteId, 'st-2'],
    at,
  },
  ClusterSiteJoined: { clusterId: ids.clusterId, siteId: 'st-3', at },
  ClusterSiteLeft: { clusterId: ids.clusterId, siteId: 'st-3', at },
  ClusterTeamPooled: { clusterId: ids.clusterId, teamId: ids.teamId, homeSiteId: ids.siteId, at },
  ClusterTeamWithdrawn: {
    clusterId: ids.clusterId,
    teamId: ids.teamId,
    homeSiteId: ids.siteId,
    reason: 'withdrawn',
    at,
  },
  ClusterVenueOffered: {
    clusterId: ids.clusterId,
    venueId: 'venue-1',
    siteId: ids.siteId,
    name: '东街文化广场',
    at,
  },
  ClusterVenueWithdrawn: { clusterId: ids.clusterId, venueId: 'venue-1', siteId: ids.siteId, at },
  ClusterJointActivityRecorded: {
    clusterId: ids.clusterId,
    activityId: ids.activityId,
    title: '联合义诊',
    hostSiteId: ids.siteId,
    coOrganizingSiteIds: ['st-2'],
    teamIds: [ids.teamId],
    date: '2026-03-07',
    volunteers: 6,
    audience: 120,
    at,
  },
  ClusterDissolved: {
    clusterId: ids.clusterId,
    releasedSiteIds: [ids.siteId, 'st-2'],
    reason: '',
    at,
  },
}
