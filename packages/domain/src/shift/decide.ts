import type { DecideResult } from '@wenming/event-store'
import { haversineMeters } from '../ranking/haversine-meters.js'
import type { WithFacts } from '../shared/with-facts.js'
import type { OccasionFacts } from '../volunteer/occasion-facts.js'
import { sameOrganiser } from '../volunteer/occasion.js'
import type { CheckIn, CheckOut, CloseAttendance, ScheduleShift } from './commands.js'
import { shiftRefusals as refuse, type ShiftError } from './errors.js'
import type { ShiftEvent } from './events.js'
import type { ScheduledShift, ShiftState } from './state.js'

/** `ScheduleShift` with its activity as read from the activity's stream (`null`: none, cancelled). */
export type ScheduleShiftWithActivity = WithFacts<
  ScheduleShift,
  { readonly activity: (Omit<OccasionFacts, 'participants'> & { readonly date: string }) | null }
>

/** `CheckIn` with whether the volunteer is registered and active, read from their stream. */
export type CheckInWithVolunteer = WithFacts<CheckIn, { readonly volunteerActive: boolean }>

/** Every command the shift decider decides. */
export type ShiftDeciderCommand =
  ScheduleShiftWithActivity | CheckInWithVolunteer | CheckOut | CloseAttendance

type Result = DecideResult<ShiftEvent, ShiftError>

const ok = (...events: ShiftEvent[]): Result => ({ ok: true, events })
const fail = (error: ShiftError): Result => ({ ok: false, error })

/** Check-in opens this long before a shift starts. */
const earlyMs = 3_600_000

const scheduled = (state: ShiftState, shiftId: string, then: (shift: ScheduledShift) => Result) =>
  state.status === 'none' ? fail(refuse.notFound(shiftId)) : then(state)

/** Whether the code is the shift's and the position inside the post's geofence, or why not. */
const checkPlace = (shift: ScheduledShift, command: CheckIn | CheckOut): ShiftError | number => {
  if (command.data.code !== shift.checkInCode) return refuse.wrongCode()
  const distance = haversineMeters(shift.post.location, command.data.position)
  return distance > shift.post.radiusMeters
    ? refuse.outside(distance, shift.post.radiusMeters)
    : distance
}

const schedule = ({ data, metadata, facts }: ScheduleShiftWithActivity, state: ShiftState) => {
  if (state.status !== 'none') return fail(refuse.alreadyScheduled(data.shiftId))
  const { activity } = facts
  if (activity === null) return fail(refuse.activityNotFound(data.activityId))
  if (!activity.organisers.some((o) => sameOrganiser(o, data.organiser))) {
    return fail(refuse.notOrganiser(data.organiser))
  }
  if (data.endsAt < data.startsAt) return fail(refuse.endsBeforeStart(data.startsAt, data.endsAt))
  return ok({
    type: 'ShiftScheduled',
    data: {
      ...data,
      title: activity.title,
      date: data.startsAt.slice(0, 10),
      by: metadata.actor.id,
      at: metadata.now,
    },
  })
}

const checkIn = (command: CheckInWithVolunteer, state: ShiftState) =>
  scheduled(state, command.data.shiftId, (shift) => {
    const { data, metadata } = command
    if (!command.facts.volunteerActive) return fail(refuse.volunteerNotActive(data.volunteerId))
    const now = Date.parse(metadata.now)
    if (now < Date.parse(shift.startsAt) - earlyMs || now > Date.parse(shift.endsAt)) {
      return fail(refuse.closed(shift.startsAt, shift.endsAt))
    }
    if (data.volunteerId in shift.attendance) return fail(refuse.alreadyCheckedIn(data.volunteerId))
    const place = checkPlace(shift, command)
    if (typeof place !== 'number') return fail(place)
    return ok({
      type: 'VolunteerCheckedIn',
      data: {
        shiftId: data.shiftId,
        volunteerId: data.volunteerId,
        distanceMeters: place,
        at: metadata.now,
      },
    })
  })

const checkOut = (command: CheckOut, state: ShiftState) =>
  scheduled(state, command.data.shiftId, (shift) => {
    const { data, metadata } = command
    const attendance = shift.attendance[data.volunteerId]
    if (attendance === undefined) return fail(refuse.notCheckedIn(data.volunteerId))
    if (attendance.checkedOutAt !== null) return fail(refuse.alreadyCheckedOut(data.volunteerId))
    if (Date.parse(metadata.now) < Date.parse(attendance.checkedInAt)) {
      return fail(refuse.outBeforeIn(attendance.checkedInAt, metadata.now))
    }
    const place = checkPlace(shift, command)
    if (typeof place !== 'number') return fail(place)
    return ok({
      type: 'VolunteerCheckedOut',
      data: {
        shiftId: data.shiftId,
        volunteerId: data.volunteerId,
        distanceMeters: place,
        at: metadata.now,
      },
    })
  })

const close = ({ data, metadata }: CloseAttendance, state: ShiftState) =>
  scheduled(state, data.shiftId, (shift) => {
    if (!sameOrganiser(shift.organiser, data.organiser))
      return fail(refuse.notOrganiser(data.organiser))
    const attendance = shift.attendance[data.volunteerId]
    if (attendance === undefined) return fail(refuse.notCheckedIn(data.volunteerId))
    if (attendance.checkedOutAt !== null) return fail(refuse.alreadyCheckedOut(data.volunteerId))
    if (Date.parse(data.checkedOutAt) < Date.parse(attendance.checkedInAt)) {
      return fail(refuse.outBeforeIn(attendance.checkedInAt, data.checkedOutAt))
    }
    return ok({
      type: 'AttendanceClosedByOrganiser',
      data: {
        shiftId: data.shiftId,
        volunteerId: data.volunteerId,
        checkedOutAt: data.checkedOutAt,
        reason: data.reason,
        by: metadata.actor.id,
        at: metadata.now,
      },
    })
  })

/** Decides a shift command: scheduling, check-in and check-out with code and geofence (V3). */
export const decideShift = (command: ShiftDeciderCommand, state: ShiftState): Result => {
  switch (command.type) {
    case 'ScheduleShift':
      return schedule(command, state)
    case 'CheckIn':
      return checkIn(command, state)
    case 'CheckOut':
      return checkOut(command, state)
    case 'CloseAttendance':
      return close(command, state)
  }
}
