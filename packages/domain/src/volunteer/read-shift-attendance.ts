import type { EventStore } from '@wenming/event-store'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import { shiftStream } from '../shift/shift-stream.js'
import type { ShiftAttendanceFacts } from './occasion-facts.js'

/** A shift and one volunteer's attendance on it, read from the shift's own stream (V3). */
export const readShiftAttendance = async (
  runtime: DomainRuntime,
  store: EventStore,
  shiftId: string,
  volunteerId: string,
): Promise<ShiftAttendanceFacts | null> => {
  const state = await runtime.read.shift(store, shiftStream(shiftId))
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
