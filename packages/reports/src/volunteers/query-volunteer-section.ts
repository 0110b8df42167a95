import { median } from '../median.js'
import type { VolunteerSection } from './volunteer-section.js'
import type { VolunteerSectionModel } from './volunteer-section-model.js'

/** What to answer: a period (inclusive days) and, optionally, one district (its centre's id). */
export type VolunteerSectionQuery = { from: string; to: string; district?: string }

const districtOf = (model: VolunteerSectionModel, siteId: string): string => {
  let current = siteId
  for (let depth = 0; depth < 16; depth++) {
    const parent = model.siteParents.get(current)
    if (parent === undefined || parent === null) return current
    current = parent
  }
  return current
}

/** The volunteers section of a period (and district) from the folded model. */
export const queryVolunteerSection = (
  model: VolunteerSectionModel,
  { from, to, district }: VolunteerSectionQuery,
): VolunteerSection => {
  const inDistrict = (volunteerId: string): boolean => {
    if (district === undefined) return true
    const volunteer = model.volunteers.get(volunteerId)
    return volunteer !== undefined && districtOf(model, volunteer.siteId) === district
  }
  const within = (date: string) => date >= from && date <= to
  let registeredVolunteers = 0
  const starsByLevel: Record<string, number> = {}
  for (const [volunteerId, volunteer] of model.volunteers) {
    if (!inDistrict(volunteerId) || volunteer.registeredOn > to) continue
    registeredVolunteers += 1
    if (volunteer.starLevel > 0) {
      const level = `${volunteer.starLevel}★`
      starsByLevel[level] = (starsByLevel[level] ?? 0) + 1
    }
  }
  const perVolunteer = new Map<string, number>()
  let lateRecords = 0
  for (const record of model.records.values()) {
    if (!within(record.date) || !inDistrict(record.volunteerId)) continue
    if (record.late) lateRecords += 1
    if (record.hours <= 0) continue
    perVolunteer.set(record.volunteerId, (perVolunteer.get(record.volunteerId) ?? 0) + record.hours)
  }
  const hours = [...perVolunteer.values()]
  const corrections = { requested: 0, corrected: 0, refused: 0 }
  for (const correction of model.corrections.values()) {
    if (!within(correction.requestedOn) || !inDistrict(correction.volunteerId)) continue
    corrections.requested += 1
    if (correction.status === 'corrected') corrections.corrected += 1
    if (correction.status === 'refused') corrections.refused += 1
  }
  return {
    from,
    to,
    registeredVolunteers,
    volunteersWithRecords: perVolunteer.size,
    confirmedHours: hours.reduce((a, b) => a + b, 0),
    medianHoursPerVolunteer: median(hours),
    starsByLevel,
    lateRecords,
    corrections,
    certificatesIssued: model.certificates.filter(
      (c) => within(c.issuedOn) && inDistrict(c.volunteerId),
    ).length,
  }
}
