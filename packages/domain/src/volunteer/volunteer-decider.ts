import { type Decider } from '@wenming/event-store'
import { decideVolunteer, type VolunteerDeciderCommand } from './decide.js'
import type { VolunteerError } from './errors.js'
import type { VolunteerEvent } from './events.js'
import { evolveVolunteer } from './evolve.js'
import { initialVolunteerState, type VolunteerState } from './state.js'

/** The volunteer aggregate: registration, status, service records, corrections, stars, certificates. */
export const volunteerDecider: Decider<
  VolunteerDeciderCommand,
  VolunteerEvent,
  VolunteerState,
  VolunteerError
> = {
  initialState: initialVolunteerState,
  evolve: evolveVolunteer,
  decide: decideVolunteer,
}
