import type { EventStore } from '@wenming/event-store'
import { readState } from '../shared/read-state.js'
import { shiftDecider } from '../shift/shift-decider.js'
import { shiftStream } from '../shift/shift-stream.js'
import type { ShiftAttendanceFacts } from './occasion-facts.js'

/** A shift and one volunteer's attendance on it, read from the shift's own stream (V3). */
export const readShiftAttendance = async (
  store: EventStore,
  shiftId: string,
  volunteerId: string,
): Promise<ShiftAttendanceFacts | null> => {
  const state = await readState(store, shiftDecider, shiftStream(shiftId))
  if (state.status === 'none') return null
  return {
    shiftId,
    title: state.title,
    date: state.date,
    organiser: state.organiser,
    post: state.post,
    maxHours: state.maxHours,
    attendance: state.attendance[volunteerId] ?? null,
  }
}
