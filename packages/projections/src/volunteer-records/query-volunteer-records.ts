import type { ReadModel } from '@wenming/event-store'
import type {
  CertificateRow,
  CorrectionRow,
  ServiceRecordRow,
  VolunteerRecordsRows,
  VolunteerRow,
} from './volunteer-records-rows.js'

type Model = ReadModel<VolunteerRecordsRows>

/** Hours summed by a key (month `YYYY-MM` or year `YYYY`), in key order. */
export type HoursBy = { readonly period: string; readonly hours: number; readonly records: number }

const hoursBy = (records: readonly ServiceRecordRow[], length: number): HoursBy[] => {
  const totals = new Map<string, { hours: number; records: number }>()
  for (const record of records) {
    const period = record.date.slice(0, length)
    const total = totals.get(period) ?? { hours: 0, records: 0 }
    totals.set(period, { hours: total.hours + record.hours, records: total.records + 1 })
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, total]) => ({ period, ...total }))
}

const byDate = (a: ServiceRecordRow, b: ServiceRecordRow) =>
  a.startsAt.localeCompare(b.startsAt) || a.recordId.localeCompare(b.recordId)

/** One volunteer's records, hours by month and year, stars, corrections and certificates. */
export type VolunteerRecordsView = {
  readonly volunteer: VolunteerRow
  readonly records: readonly ServiceRecordRow[]
  readonly hoursByMonth: readonly HoursBy[]
  readonly hoursByYear: readonly HoursBy[]
  readonly corrections: readonly CorrectionRow[]
  readonly certificates: readonly CertificateRow[]
}

/** A volunteer's records and totals (`undefined` when not registered). */
export const queryVolunteerRecords = (
  model: Model,
  volunteerId: string,
): VolunteerRecordsView | undefined => {
  const volunteer = model.volunteers.get(volunteerId)
  if (volunteer === undefined) return undefined
  const records = [...model.records.values()]
    .filter((r) => r.volunteerId === volunteerId)
    .sort(byDate)
  return {
    volunteer,
    records,
    hoursByMonth: hoursBy(records, 7),
    hoursByYear: hoursBy(records, 4),
    corrections: [...model.corrections.values()].filter((c) => c.volunteerId === volunteerId),
    certificates: [...model.certificates.values()].filter((c) => c.volunteerId === volunteerId),
  }
}

/** A volunteer with hours: all their hours, and those served for the team or site asked about. */
export type VolunteerHours = VolunteerRow & { readonly hoursHere: number }

/** A team's or a site's volunteers with hours; `totalHours` counts each record once (V5). */
export type VolunteersWithHours = {
  readonly volunteers: readonly VolunteerHours[]
  readonly totalHours: number
}

const withHours = (
  model: Model,
  volunteerIds: Iterable<string>,
  here: (record: ServiceRecordRow) => boolean,
): VolunteersWithHours => {
  const hoursHere = new Map<string, number>()
  let totalHours = 0
  for (const record of model.records.values()) {
    if (!here(record)) continue
    hoursHere.set(record.volunteerId, (hoursHere.get(record.volunteerId) ?? 0) + record.hours)
    totalHours += record.hours
  }
  const volunteers = [...new Set(volunteerIds)].flatMap((volunteerId) => {
    const row = model.volunteers.get(volunteerId)
    return row === undefined ? [] : [{ ...row, hoursHere: hoursHere.get(volunteerId) ?? 0 }]
  })
  return {
    volunteers: volunteers.sort((a, b) => a.volunteerId.localeCompare(b.volunteerId)),
    totalHours,
  }
}

/** A team's members with their hours, and the hours recorded by the team. */
export const queryTeamVolunteers = (model: Model, teamId: string): VolunteersWithHours =>
  withHours(
    model,
    [...model.teamMembers.values()].filter((m) => m.teamId === teamId).map((m) => m.volunteerId),
    (record) => record.organiserKind === 'team' && record.organiserId === teamId,
  )

/** The volunteers registered at a site, with their hours, and the hours the site recorded. */
export const querySiteVolunteers = (model: Model, siteId: string): VolunteersWithHours =>
  withHours(
    model,
    [...model.volunteers.values()].filter((v) => v.siteId === siteId).map((v) => v.volunteerId),
    (record) => record.organiserKind === 'site' && record.organiserId === siteId,
  )

/** Hours at one post (an intersection) in one month. */
export type PostMonthHours = {
  readonly postId: string
  readonly postName: string
  readonly month: string
  readonly hours: number
  readonly records: number
  readonly volunteers: number
}

/** Monthly hours per post (per intersection) from shift records, optionally of one month. */
export const queryPostHours = (model: Model, month?: string): PostMonthHours[] => {
  const totals = new Map<
    string,
    {
      postId: string
      postName: string
      month: string
      hours: number
      records: number
      volunteers: Set<string>
    }
  >()
  for (const record of model.records.values()) {
    if (record.postId === null) continue
    const recordMonth = record.date.slice(0, 7)
    if (month !== undefined && recordMonth !== month) continue
    const key = `${record.postId}/${recordMonth}`
    const total = totals.get(key) ?? {
      postId: record.postId,
      postName: record.postName ?? record.postId,
      month: recordMonth,
      hours: 0,
      records: 0,
      volunteers: new Set<string>(),
    }
    total.hours += record.hours
    total.records += 1
    total.volunteers.add(record.volunteerId)
    totals.set(key, total)
  }
  return [...totals.values()]
    .map((t) => ({ ...t, volunteers: t.volunteers.size }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.postId.localeCompare(b.postId))
}

/** Records made after the deadline of Art 11, newest first. */
export const queryLateRecords = (model: Model): ServiceRecordRow[] =>
  [...model.records.values()]
    .filter((r) => r.late)
    .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))

/** Corrections waiting for the organiser, oldest first. */
export const queryPendingCorrections = (model: Model): CorrectionRow[] =>
  [...model.corrections.values()]
    .filter((c) => c.status === 'pending')
    .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt))

/** A certificate by its number, masked fields only; `undefined` when no such certificate exists. */
export const verifyCertificate = (
  model: Model,
  certificateNumber: string,
): CertificateRow | undefined => model.certificates.get(certificateNumber)
