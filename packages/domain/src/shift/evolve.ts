import { unknownEvent } from '../shared/unknown-event.js'
import type { ShiftEvent } from './events.js'
import type { Attendance, ShiftState } from './state.js'

const withAttendance = (
  state: ShiftState,
  volunteerId: string,
  change: (current: Attendance | undefined) => Attendance | undefined,
): ShiftState => {
  if (state.status === 'none') return state
  const next = change(state.attendance[volunteerId])
  return next === undefined
    ? state
    : { ...state, attendance: { ...state.attendance, [volunteerId]: next } }
}

/** Applies one shift event to the state. */
export const evolveShift = (state: ShiftState, event: ShiftEvent): ShiftState => {
  switch (event.type) {
    case 'ShiftScheduled': {
      const { by: _b, at: _a, ...details } = event.data
      return { status: 'scheduled', ...details, attendance: {} }
    }
    case 'VolunteerCheckedIn':
      return withAttendance(state, event.data.volunteerId, () => ({
        checkedInAt: event.data.at,
        checkedOutAt: null,
        closedByOrganiser: false,
      }))
    case 'VolunteerCheckedOut':
      return withAttendance(state, event.data.volunteerId, (current) =>
        current === undefined ? undefined : { ...current, checkedOutAt: event.data.at },
      )
    case 'AttendanceClosedByOrganiser':
      return withAttendance(state, event.data.volunteerId, (current) =>
        current === undefined
          ? undefined
          : { ...current, checkedOutAt: event.data.checkedOutAt, closedByOrganiser: true },
      )
    default:
      return unknownEvent(event)
  }
}
