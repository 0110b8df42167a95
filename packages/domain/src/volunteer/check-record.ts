import type { VolunteerError } from './errors.js'
import { volunteerRefusals as refuse } from './errors.js'
import { occasionKey } from './occasion.js'
import type { ServiceDetails, ServiceRecord } from './record-fields.js'
import type { RegisteredVolunteer } from './state.js'

const hourMs = 3_600_000

/** The times and hours of a record, checked: ends after it starts, hours within that time. */
export const checkDetails = (details: ServiceDetails): VolunteerError | null => {
  const span = Date.parse(details.endsAt) - Date.parse(details.startsAt)
  if (span < 0) return refuse.endsBeforeStart(details.startsAt, details.endsAt)
  const maxHours = span / hourMs
  if (details.hours > maxHours + 1e-9) return refuse.hoursExceed(details.hours, maxHours)
  return null
}

/** The volunteer's record whose time overlaps `details`, other than `exceptRecordId` (V2). */
export const overlapping = (
  volunteer: RegisteredVolunteer,
  details: Pick<ServiceDetails, 'startsAt' | 'endsAt'>,
  exceptRecordId: string | null,
): string | null => {
  const start = Date.parse(details.startsAt)
  const end = Date.parse(details.endsAt)
  for (const record of Object.values(volunteer.records)) {
    if (record.recordId === exceptRecordId) continue
    if (start < Date.parse(record.endsAt) && Date.parse(record.startsAt) < end) {
      return record.recordId
    }
  }
  return null
}

/** Every check of a new record against the volunteer's own records (V2), or `null` when it fits. */
export const checkNewRecord = (
  volunteer: RegisteredVolunteer,
  record: ServiceRecord,
): VolunteerError | null => {
  if (record.recordId in volunteer.records) return refuse.recordIdTaken(record.recordId)
  const existing = volunteer.occasions[occasionKey(record.occasion)]
  if (existing !== undefined) return refuse.occasionRecorded(existing)
  const invalid = checkDetails(record)
  if (invalid !== null) return invalid
  const other = overlapping(volunteer, record, null)
  return other === null ? null : refuse.overlap(other)
}
