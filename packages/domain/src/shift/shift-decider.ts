import { type Decider } from '@wenming/event-store'
import { decideShift, type ShiftDeciderCommand } from './decide.js'
import type { ShiftError } from './errors.js'
import type { ShiftEvent } from './events.js'
import { evolveShift } from './evolve.js'
import { initialShiftState, type ShiftState } from './state.js'

/** The shift aggregate: a post with a code and a geofence, and each volunteer's check-in and out. */
export const shiftDecider: Decider<ShiftDeciderCommand, ShiftEvent, ShiftState, ShiftError> = {
  initialState: initialShiftState,
  evolve: evolveShift,
  decide: decideShift,
}
