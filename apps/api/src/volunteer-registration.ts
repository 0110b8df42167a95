import type { VolunteerRegistered } from '@wenming/domain'
import type { RecordedEvent } from '@wenming/event-store'

/**
 * A volunteer's registration as the store reads it back. Not re-validated: once the volunteer is
 * erased its real-name fields read as `[erased]`, which the registration schema would refuse.
 */
export const registrationOf = (event: RecordedEvent): VolunteerRegistered['data'] | undefined =>
  event.type === 'VolunteerRegistered' ? (event.data as VolunteerRegistered['data']) : undefined
