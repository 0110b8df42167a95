import type { ShiftEvent } from '../../shift/events.js'
import { defaultAt as at, defaultIds as ids, type EventDefaults } from './event-defaults.js'

/** A morning shift at an intersection post of activity `a-1`, and volunteer `v-1` on it. */
export const shiftEventDefaults: EventDefaults<ShiftEvent> = {
  ShiftScheduled: {
    shiftId: ids.shiftId,
    activityId: ids.activityId,
    title: '文明交通劝导',
    date: '2026-03-07',
    post: {
      postId: 'post-1',
      name: '东街路口',
      location: { latitude: 31.23, longitude: 121.47 },
      radiusMeters: 200,
    },
    startsAt: '2026-03-07T00:00:00.000Z',
    endsAt: '2026-03-07T02:00:00.000Z',
    maxHours: 2,
    checkInCode: '4321',
    organiser: { kind: 'team', teamId: ids.teamId },
    by: ids.actorId,
    at,
  },
  VolunteerCheckedIn: {
    shiftId: ids.shiftId,
    volunteerId: ids.volunteerId,
    distanceMeters: 12,
    at,
  },
  VolunteerCheckedOut: {
    shiftId: ids.shiftId,
    volunteerId: ids.volunteerId,
    distanceMeters: 15,
    at,
  },
  AttendanceClosedByOrganiser: {
    shiftId: ids.shiftId,
    volunteerId: ids.volunteerId,
    checkedOutAt: '2026-03-07T02:00:00.000Z',
    reason: '忘记签退',
    by: ids.actorId,
    at,
  },
}
