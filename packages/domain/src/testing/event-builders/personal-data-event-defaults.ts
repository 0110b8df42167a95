import type { PersonalDataEvent } from '../../personal-data/events.js'
import { defaultAt as at, defaultIds as ids, type EventDefaults } from './event-defaults.js'

/** Volunteer `v-1` withdrew consent; the centre erased their real-name fields and kept the hours. */
export const personalDataEventDefaults: EventDefaults<PersonalDataEvent> = {
  PersonalDataErasureRequested: {
    subjectId: ids.volunteerId,
    subjectKind: 'volunteer',
    reason: 'consent-withdrawn',
    by: ids.volunteerId,
    at,
  },
  PersonalDataErased: {
    subjectId: ids.volunteerId,
    subjectKind: 'volunteer',
    erased: ['name', 'idNumber', 'phone', 'birthDate'],
    kept: ['hours', 'records'],
    by: ids.actorId,
    at,
  },
}
