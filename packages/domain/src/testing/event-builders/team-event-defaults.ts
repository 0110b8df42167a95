import type { TeamEvent } from '../../team/events.js'
import { defaultAt as at, defaultIds as ids, type EventDefaults } from './event-defaults.js'

/** A health team at the station, led by volunteer `v-1`. */
export const teamEventDefaults: EventDefaults<TeamEvent> = {
  TeamRegistered: {
    teamId: ids.teamId,
    name: '健康义诊队',
    homeSiteId: ids.siteId,
    homeSiteLevel: 'station',
    homeDistrictId: ids.districtId,
    organizationId: 'org-1',
    platform: 'health-and-sport',
    categories: ['health'],
    capacity: 2,
    leader: { volunteerId: ids.volunteerId, displayName: '王医生' },
    at,
  },
  TeamMemberJoined: { teamId: ids.teamId, volunteerId: 'v-2', displayName: '李护士', at },
  TeamMemberLeft: { teamId: ids.teamId, volunteerId: 'v-2', at },
  TeamCapacityChanged: { teamId: ids.teamId, capacity: 3, at },
  TeamCategoriesChanged: { teamId: ids.teamId, categories: ['health', 'elderly_care'], at },
  TeamSuspended: { teamId: ids.teamId, reason: '整顿', at },
  TeamReinstated: { teamId: ids.teamId, at },
  TeamDissolved: { teamId: ids.teamId, reason: '', at },
  TeamFlagAwarded: {
    teamId: ids.teamId,
    awardedBySiteId: ids.districtId,
    title: '红旗志愿服务队',
    at,
  },
  TeamCapacityReserved: { teamId: ids.teamId, orderId: ids.orderId, at },
  TeamCapacityReleased: { teamId: ids.teamId, orderId: ids.orderId, reason: 'completed', at },
}
