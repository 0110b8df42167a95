import type { EventStore } from '@wenming/event-store'
import { readState } from '../shared/read-state.js'
import { shiftDecider } from './shift-decider.js'
import { shiftStream } from './shift-stream.js'
import type { ShiftState } from './state.js'

/** A shift's current state, folded from its own stream. */
export const readShift = (store: EventStore, shiftId: string): Promise<ShiftState> =>
  readState(store, shiftDecider, shiftStream(shiftId))
