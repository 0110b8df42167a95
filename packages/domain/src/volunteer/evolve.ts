import { unknownEvent } from '../shared/unknown-event.js'
import type { VolunteerEvent } from './events.js'
import { occasionKey } from './occasion.js'
import type { RegisteredVolunteer, VolunteerState } from './state.js'

const update = (
  state: VolunteerState,
  change: (volunteer: RegisteredVolunteer) => VolunteerState,
): VolunteerState => (state.status === 'unregistered' ? state : change(state))

/** Applies one volunteer event to the state. */
export const evolveVolunteer = (state: VolunteerState, event: VolunteerEvent): VolunteerState => {
  switch (event.type) {
    case 'VolunteerRegistered': {
      const { data } = event
      return {
        status: 'active',
        volunteerId: data.volunteerId,
        siteId: data.siteId,
        name: data.profile.name,
        idType: data.profile.idType,
        idNumber: data.profile.idNumber,
        records: {},
        occasions: {},
        corrections: {},
        starLevel: 0,
        awardedLevels: [],
        certificates: [],
      }
    }
    case 'VolunteerSuspended':
      return update(state, (v) => ({ ...v, status: 'suspended' }))
    case 'VolunteerReinstated':
      return update(state, (v) => ({ ...v, status: 'active' }))
    case 'VolunteerDeregistered':
      return update(state, (v) => ({ ...v, status: 'deregistered' }))
    case 'ServiceRecorded': {
      const { volunteerId: _v, deadline: _d, correctionId, by: _b, at: _a, ...record } = event.data
      return update(state, (v) => ({
        ...v,
        records: { ...v.records, [record.recordId]: { ...record, version: 1 } },
        occasions: { ...v.occasions, [occasionKey(record.occasion)]: record.recordId },
        corrections:
          correctionId === undefined
            ? v.corrections
            : settle(v.corrections, correctionId, 'corrected'),
      }))
    }
    case 'CorrectionRequested': {
      const { data } = event
      return update(state, (v) => ({
        ...v,
        corrections: {
          ...v.corrections,
          [data.correctionId]: {
            recordId: data.recordId,
            occasion: data.occasion ?? null,
            status: 'pending',
          },
        },
      }))
    }
    case 'ServiceRecordCorrected': {
      const { data } = event
      return update(state, (v) => {
        const old = v.records[data.recordId]
        if (old === undefined) return v
        const { startsAt, endsAt, hours, place, content, personInCharge, version } = data
        return {
          ...v,
          records: {
            ...v.records,
            [data.recordId]: {
              ...old,
              startsAt,
              endsAt,
              hours,
              place,
              content,
              personInCharge,
              version,
            },
          },
          corrections: settle(v.corrections, data.correctionId, 'corrected'),
        }
      })
    }
    case 'CorrectionRefused': {
      const { data } = event
      return update(state, (v) => ({
        ...v,
        corrections: settle(v.corrections, data.correctionId, 'refused'),
      }))
    }
    case 'VolunteerStarAwarded': {
      const { level } = event.data
      return update(state, (v) => ({
        ...v,
        starLevel: level,
        awardedLevels: [...v.awardedLevels, level],
      }))
    }
    case 'VolunteerStarLevelChanged': {
      const { to } = event.data
      return update(state, (v) => ({ ...v, starLevel: to }))
    }
    case 'CertificateIssued': {
      const { certificateNumber } = event.data
      return update(state, (v) => ({ ...v, certificates: [...v.certificates, certificateNumber] }))
    }
    default:
      return unknownEvent(event)
  }
}

const settle = (
  corrections: RegisteredVolunteer['corrections'],
  correctionId: string,
  status: 'corrected' | 'refused',
): RegisteredVolunteer['corrections'] => {
  const entry = corrections[correctionId]
  return entry === undefined
    ? corrections
    : { ...corrections, [correctionId]: { ...entry, status } }
}
