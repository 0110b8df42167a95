import type { ActivityEvent } from '../../activity/events.js'
import type { MonthlyThemeEvent } from '../../activity/monthly-theme/events.js'
import { defaultAt as at, defaultIds as ids, type EventDefaults } from './event-defaults.js'

/** A square activity at the station with `team-1`, and the month's theme. */
export const activityEventDefaults: EventDefaults<ActivityEvent | MonthlyThemeEvent> = {
  ActivityPlanned: {
    activityId: ids.activityId,
    title: '广场义诊',
    kind: 'square',
    organizerSiteId: ids.siteId,
    teamIds: [ids.teamId],
    plannedDate: '2026-03-07',
    by: ids.actorId,
    at,
  },
  ActivityHeld: {
    activityId: ids.activityId,
    title: '广场义诊',
    kind: 'square',
    organizerSiteId: ids.siteId,
    teamIds: [ids.teamId],
    date: '2026-03-07',
    volunteers: 6,
    hours: 18,
    audience: 120,
    notes: '',
    by: ids.actorId,
    at,
  },
  ActivityCancelled: { activityId: ids.activityId, reason: '天气原因', by: ids.actorId, at },
  MonthlyThemeSet: { month: '2026-03', title: '学雷锋志愿服务月', by: ids.actorId, at },
}
