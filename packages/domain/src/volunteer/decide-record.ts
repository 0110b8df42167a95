import type { CommandMetadata } from '../shared/command-metadata.js'
import type { WithFacts } from '../shared/with-facts.js'
import type { ConfirmShiftHours, RecordService } from './commands.js'
import { checkNewRecord } from './check-record.js'
import { fail, ok, type VolunteerDecision } from './decide-result.js'
import { volunteerRefusals as refuse } from './errors.js'
import { sameOrganiser } from './occasion.js'
import type { OccasionFacts, ShiftAttendanceFacts } from './occasion-facts.js'
import type { ServiceRecord } from './record-fields.js'
import type { RegisteredVolunteer, VolunteerState } from './state.js'
import { addWorkingDays, RECORDING_DEADLINE_WORKING_DAYS } from './working-days.js'

/** `RecordService` with its occasion as read from the occasion's stream (`null`: none, not ended). */
export type RecordServiceWithOccasion = WithFacts<
  RecordService,
  { readonly occasion: OccasionFacts | null }
>

/** `ConfirmShiftHours` with the shift and the volunteer's attendance, read from the shift's stream. */
export type ConfirmShiftHoursWithShift = WithFacts<
  ConfirmShiftHours,
  { readonly shift: ShiftAttendanceFacts | null }
>

const quarterMs = 900_000

/** Checked-in hours: out minus in, rounded down to the quarter hour, capped per shift (V3). */
export const shiftHours = (checkedInAt: string, checkedOutAt: string, maxHours: number): number => {
  const quarters = Math.floor((Date.parse(checkedOutAt) - Date.parse(checkedInAt)) / quarterMs)
  return Math.min(maxHours, Math.max(0, quarters) / 4)
}

/** Runs `then` on a volunteer who is registered and active. */
export const whenActive = (
  state: VolunteerState,
  volunteerId: string,
  then: (volunteer: RegisteredVolunteer) => VolunteerDecision,
): VolunteerDecision => {
  if (state.status === 'unregistered') return fail(refuse.notFound(volunteerId))
  if (state.status !== 'active') return fail(refuse.notActive(volunteerId, state.status))
  return then(state)
}

/** A new record, checked against the volunteer's records and marked late after Art 11's deadline. */
export const recordNew = (
  volunteer: RegisteredVolunteer,
  record: ServiceRecord,
  metadata: CommandMetadata,
  correctionId?: string,
): VolunteerDecision => {
  const invalid = checkNewRecord(volunteer, record)
  if (invalid !== null) return fail(invalid)
  const deadline = addWorkingDays(record.date, RECORDING_DEADLINE_WORKING_DAYS)
  return ok({
    type: 'ServiceRecorded',
    data: {
      ...record,
      volunteerId: volunteer.volunteerId,
      deadline,
      late: metadata.now.slice(0, 10) > deadline,
      ...(correctionId === undefined ? {} : { correctionId }),
      by: metadata.actor.id,
      at: metadata.now,
    },
  })
}

/** The organiser of the occasion records one volunteer's own hours (V2, V4, V5). */
export const decideRecordService = (
  { data, metadata, facts }: RecordServiceWithOccasion,
  state: VolunteerState,
): VolunteerDecision =>
  whenActive(state, data.volunteerId, (volunteer) => {
    const { occasion } = facts
    if (occasion === null) return fail(refuse.occasionNotFound(data.occasion))
    if (!occasion.organisers.some((o) => sameOrganiser(o, data.organiser))) {
      return fail(refuse.notOrganiser(data.organiser))
    }
    if (occasion.participants !== null && !occasion.participants.includes(data.volunteerId)) {
      return fail(refuse.notOnOccasion(data.volunteerId))
    }
    const { volunteerId: _v, ...fields } = data
    return recordNew(
      volunteer,
      {
        ...fields,
        title: occasion.title,
        date: occasion.date,
        // Hours a shift's organiser adds by hand, without check-in, are a make-up record (V3).
        source: data.occasion.kind === 'shift' ? 'make-up' : 'recorded',
      },
      metadata,
    )
  })

/** The organiser confirms a volunteer's checked-in hours on a shift: only these count (V3). */
export const decideConfirmShiftHours = (
  { data, metadata, facts }: ConfirmShiftHoursWithShift,
  state: VolunteerState,
): VolunteerDecision =>
  whenActive(state, data.volunteerId, (volunteer) => {
    const { shift } = facts
    if (shift === null) return fail(refuse.shiftNotFound(data.shiftId))
    if (!sameOrganiser(shift.organiser, data.organiser)) {
      return fail(refuse.notOrganiser(data.organiser))
    }
    const { attendance } = shift
    if (attendance === null) return fail(refuse.notCheckedIn(data.shiftId))
    if (attendance.checkedOutAt === null) return fail(refuse.notCheckedOut(data.shiftId))
    return recordNew(
      volunteer,
      {
        recordId: data.recordId,
        occasion: { kind: 'shift', shiftId: data.shiftId },
        title: shift.title,
        date: shift.date,
        startsAt: attendance.checkedInAt,
        endsAt: attendance.checkedOutAt,
        hours: shiftHours(attendance.checkedInAt, attendance.checkedOutAt, shift.maxHours),
        place: shift.post.name,
        content: data.content,
        organiser: data.organiser,
        personInCharge: data.personInCharge,
        source: attendance.closedByOrganiser ? 'make-up' : 'check-in',
        post: { postId: shift.post.postId, name: shift.post.name },
      },
      metadata,
    )
  })
