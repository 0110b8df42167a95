import type { LeanEvent, ReadModel, RowChange, RowProjection } from '@wenming/event-store'
import { maskIdNumber, maskName, occasionKey } from '@wenming/domain'
import { asWenmingEvent } from '../as-wenming-event.js'
import { eraseVolunteer } from './erase-volunteer.js'
import type { VolunteerRecordsRows, VolunteerRow } from './volunteer-records-rows.js'

type Change = RowChange<VolunteerRecordsRows>

/** The key of a volunteer's record (or correction) row. */
export const volunteerRowKey = (volunteerId: string, id: string): string => `${volunteerId}/${id}`

const volunteer = (row: VolunteerRow): Change => ({
  table: 'volunteers',
  key: row.volunteerId,
  row,
})

const withHours = (
  model: ReadModel<VolunteerRecordsRows>,
  volunteerId: string,
  delta: number,
  newRecords: number,
): Change[] => {
  const row = model.volunteers.get(volunteerId)
  return row === undefined
    ? []
    : [
        volunteer({
          ...row,
          confirmedHours: row.confirmedHours + delta,
          records: row.records + newRecords,
        }),
      ]
}

const changes = (model: ReadModel<VolunteerRecordsRows>, recorded: LeanEvent): Change[] => {
  const event = asWenmingEvent(recorded)
  switch (event.type) {
    case 'VolunteerRegistered': {
      const { data } = event
      return [
        volunteer({
          volunteerId: data.volunteerId,
          siteId: data.siteId,
          maskedName: maskName(data.profile.name),
          idType: data.profile.idType,
          maskedIdNumber: maskIdNumber(data.profile.idNumber),
          status: 'active',
          registeredAt: data.at,
          confirmedHours: 0,
          records: 0,
          starLevel: 0,
        }),
      ]
    }
    case 'VolunteerSuspended':
    case 'VolunteerReinstated':
    case 'VolunteerDeregistered': {
      const row = model.volunteers.get(event.data.volunteerId)
      const status =
        event.type === 'VolunteerSuspended'
          ? 'suspended'
          : event.type === 'VolunteerReinstated'
            ? 'active'
            : 'deregistered'
      return row === undefined ? [] : [volunteer({ ...row, status })]
    }
    case 'VolunteerStarAwarded':
    case 'VolunteerStarLevelChanged': {
      const row = model.volunteers.get(event.data.volunteerId)
      const starLevel = event.type === 'VolunteerStarAwarded' ? event.data.level : event.data.to
      return row === undefined ? [] : [volunteer({ ...row, starLevel })]
    }
    case 'ServiceRecorded': {
      const { data } = event
      const record: Change = {
        table: 'records',
        key: volunteerRowKey(data.volunteerId, data.recordId),
        row: {
          volunteerId: data.volunteerId,
          recordId: data.recordId,
          occasionKey: occasionKey(data.occasion),
          title: data.title,
          date: data.date,
          startsAt: data.startsAt,
          endsAt: data.endsAt,
          hours: data.hours,
          place: data.place,
          content: data.content,
          organiserKind: data.organiser.kind,
          organiserId:
            data.organiser.kind === 'team' ? data.organiser.teamId : data.organiser.siteId,
          personInCharge: data.personInCharge,
          source: data.source,
          postId: data.post?.postId ?? null,
          postName: data.post?.name ?? null,
          version: 1,
          late: data.late,
          recordedAt: data.at,
        },
      }
      const settled = settle(model, data.volunteerId, data.correctionId, 'corrected')
      return [record, ...withHours(model, data.volunteerId, data.hours, 1), ...settled]
    }
    case 'ServiceRecordCorrected': {
      const { data } = event
      const key = volunteerRowKey(data.volunteerId, data.recordId)
      const old = model.records.get(key)
      if (old === undefined) return []
      const { startsAt, endsAt, hours, place, content, personInCharge, version } = data
      return [
        {
          table: 'records',
          key,
          row: { ...old, startsAt, endsAt, hours, place, content, personInCharge, version },
        },
        ...withHours(model, data.volunteerId, hours - old.hours, 0),
        ...settle(model, data.volunteerId, data.correctionId, 'corrected'),
      ]
    }
    case 'CorrectionRequested': {
      const { data } = event
      return [
        {
          table: 'corrections',
          key: volunteerRowKey(data.volunteerId, data.correctionId),
          row: {
            volunteerId: data.volunteerId,
            correctionId: data.correctionId,
            recordId: data.recordId,
            description: data.description,
            status: 'pending',
            requestedAt: data.at,
          },
        },
      ]
    }
    case 'CorrectionRefused':
      return settle(model, event.data.volunteerId, event.data.correctionId, 'refused')
    case 'CertificateIssued': {
      const { data } = event
      return [
        {
          table: 'certificates',
          key: data.certificateNumber,
          row: {
            certificateNumber: data.certificateNumber,
            volunteerId: data.volunteerId,
            maskedName: maskName(data.name),
            idType: data.idType,
            maskedIdNumber: data.maskedIdNumber,
            from: data.from,
            to: data.to,
            hours: data.hours,
            records: data.records,
            contents: data.contents,
            issuer: data.issuer.organisation,
            issuedOn: data.issuedOn,
          },
        },
      ]
    }
    case 'TeamMemberJoined':
      return [
        {
          table: 'teamMembers',
          key: volunteerRowKey(event.data.teamId, event.data.volunteerId),
          row: { teamId: event.data.teamId, volunteerId: event.data.volunteerId },
        },
      ]
    case 'PersonalDataErased':
      return eraseVolunteer(model, event)
    case 'TeamMemberLeft':
      return [
        {
          table: 'teamMembers',
          key: volunteerRowKey(event.data.teamId, event.data.volunteerId),
          row: undefined,
        },
      ]
    default:
      return []
  }
}

const settle = (
  model: ReadModel<VolunteerRecordsRows>,
  volunteerId: string,
  correctionId: string | undefined,
  status: 'corrected' | 'refused',
): Change[] => {
  if (correctionId === undefined) return []
  const key = volunteerRowKey(volunteerId, correctionId)
  const row = model.corrections.get(key)
  return row === undefined ? [] : [{ table: 'corrections', key, row: { ...row, status } }]
}

/** 志愿者与服务记录: volunteers (masked), the latest version of each record, corrections, certificates. */
export const volunteerRecords: RowProjection<VolunteerRecordsRows> = {
  name: 'volunteer-records',
  tables: ['volunteers', 'records', 'corrections', 'certificates', 'teamMembers'],
  eventTypes: [
    'VolunteerRegistered',
    'VolunteerSuspended',
    'VolunteerReinstated',
    'VolunteerDeregistered',
    'VolunteerStarAwarded',
    'VolunteerStarLevelChanged',
    'ServiceRecorded',
    'ServiceRecordCorrected',
    'CorrectionRequested',
    'CorrectionRefused',
    'CertificateIssued',
    'TeamMemberJoined',
    'TeamMemberLeft',
    'PersonalDataErased',
  ],
  changes,
  leanEvents: true,
}
