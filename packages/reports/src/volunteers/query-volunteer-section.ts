import { median } from '../median.js'
import type { ReportScope } from '../scope/report-scope.js'
import type { VolunteerSection } from './volunteer-section.js'
import type { VolunteerSectionModel } from './volunteer-section-model.js'
import { coversSite } from './volunteer-scope.js'

/**
 * What to answer: a period (inclusive days) and, optionally, one district (its centre's id) or a
 * scope (an institute, station, site or cluster).
 */
export type VolunteerSectionQuery = {
  from: string
  to: string
  district?: string
  scope?: ReportScope
}

/**
 * The volunteers section of a period (and scope) from the folded model. A volunteer's
 * registration, stars and certificates count where they registered; a record where its organiser
 * is (a team's home site), on the record's day; a correction where its record counts.
 */
export const queryVolunteerSection = (
  model: VolunteerSectionModel,
  { from, to, district, scope: asked }: VolunteerSectionQuery,
): VolunteerSection => {
  const scope: ReportScope | undefined =
    asked ?? (district === undefined ? undefined : { kind: 'district', district })
  const homeOf = (volunteerId: string) => model.volunteers.get(volunteerId)?.siteId
  const registeredIn = (volunteerId: string, date: string): boolean => {
    if (scope === undefined) return true
    const siteId = homeOf(volunteerId)
    return siteId !== undefined && coversSite(model, scope, siteId, date)
  }
  const recordIn = (record: {
    volunteerId: string
    organiserSiteId: string | undefined
    date: string
  }) => {
    if (scope === undefined) return true
    const siteId = record.organiserSiteId ?? homeOf(record.volunteerId)
    return siteId !== undefined && coversSite(model, scope, siteId, record.date)
  }
  const within = (date: string) => date >= from && date <= to
  let registeredVolunteers = 0
  const starsByLevel: Record<string, number> = {}
  for (const [volunteerId, volunteer] of model.volunteers) {
    if (volunteer.registeredOn > to || !registeredIn(volunteerId, to)) continue
    registeredVolunteers += 1
    if (volunteer.starLevel > 0) {
      const level = `${volunteer.starLevel}★`
      starsByLevel[level] = (starsByLevel[level] ?? 0) + 1
    }
  }
  const perVolunteer = new Map<string, number>()
  let lateRecords = 0
  for (const record of model.records.values()) {
    if (!within(record.date) || !recordIn(record)) continue
    if (record.late) lateRecords += 1
    if (record.hours <= 0) continue
    perVolunteer.set(record.volunteerId, (perVolunteer.get(record.volunteerId) ?? 0) + record.hours)
  }
  const hours = [...perVolunteer.values()]
  const corrections = { requested: 0, corrected: 0, refused: 0 }
  for (const correction of model.corrections.values()) {
    if (!within(correction.requestedOn)) continue
    const record =
      correction.recordId === null
        ? undefined
        : model.records.get(`${correction.volunteerId}/${correction.recordId}`)
    const counted =
      record === undefined
        ? registeredIn(correction.volunteerId, correction.requestedOn)
        : recordIn(record)
    if (!counted) continue
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
      (c) => within(c.issuedOn) && registeredIn(c.volunteerId, c.issuedOn),
    ).length,
  }
}
