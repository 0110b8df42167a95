import { type Decider } from '@wenming/event-store'
import type { CommandMetadata } from '../shared/command-metadata.js'
import { unknownEvent } from '../shared/unknown-event.js'
import { volunteerRefusals, type VolunteerError } from '../volunteer/errors.js'
import type { VolunteerIdClaimEvent } from './events.js'

/** Sent by the registration process only: claim or release an ID document for a volunteer. */
export type VolunteerIdClaimCommand = {
  readonly type: 'ClaimVolunteerId' | 'ReleaseVolunteerId'
  readonly data: { readonly digest: string; readonly volunteerId: string }
  readonly metadata: CommandMetadata
}

/** Who holds an ID document: nobody, or one volunteer. */
export type VolunteerIdClaimState = { readonly holder: string | null }

const evolve = (
  state: VolunteerIdClaimState,
  event: VolunteerIdClaimEvent,
): VolunteerIdClaimState => {
  switch (event.type) {
    case 'VolunteerIdClaimed':
      return { holder: event.data.volunteerId }
    case 'VolunteerIdReleased':
      return state.holder === event.data.volunteerId ? { holder: null } : state
    default:
      return unknownEvent(event)
  }
}

/**
 * One volunteer per ID document (V1): a claim succeeds when nobody holds it (or the same volunteer
 * does, for a retry); a release by anyone but the holder changes nothing.
 */
export const volunteerIdClaimDecider: Decider<
  VolunteerIdClaimCommand,
  VolunteerIdClaimEvent,
  VolunteerIdClaimState,
  VolunteerError
> = {
  initialState: { holder: null },
  evolve,
  decide: ({ type, data, metadata }, state) => {
    const event = { digest: data.digest, volunteerId: data.volunteerId, at: metadata.now }
    if (type === 'ReleaseVolunteerId') {
      return state.holder === data.volunteerId
        ? { ok: true, events: [{ type: 'VolunteerIdReleased', data: event }] }
        : { ok: true, events: [] }
    }
    if (state.holder === data.volunteerId) return { ok: true, events: [] }
    if (state.holder !== null) return { ok: false, error: volunteerRefusals.idNumberTaken() }
    return { ok: true, events: [{ type: 'VolunteerIdClaimed', data: event }] }
  },
}
