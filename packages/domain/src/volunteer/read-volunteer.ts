import type { EventStore } from '@wenming/event-store'
import { readState } from '../shared/read-state.js'
import type { VolunteerState } from './state.js'
import { volunteerDecider } from './volunteer-decider.js'
import { volunteerStream } from './volunteer-stream.js'

/** A volunteer's current state, folded from their own stream. */
export const readVolunteer = (store: EventStore, volunteerId: string): Promise<VolunteerState> =>
  readState(store, volunteerDecider, volunteerStream(volunteerId))
