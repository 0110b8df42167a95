import type { DecideResult } from '@wenming/event-store'
import type { VolunteerError } from './errors.js'
import type { VolunteerEvent } from './events.js'

/** What a volunteer decision returns. */
export type VolunteerDecision = DecideResult<VolunteerEvent, VolunteerError>

export const ok = (...events: VolunteerEvent[]): VolunteerDecision => ({ ok: true, events })
export const fail = (error: VolunteerError): VolunteerDecision => ({ ok: false, error })
