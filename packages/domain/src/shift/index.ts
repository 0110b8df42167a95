export {
  scheduleShiftSchema,
  checkInSchema,
  checkOutSchema,
  closeAttendanceSchema,
  shiftCommandSchema,
} from './commands.js'
export type { ScheduleShift, CheckIn, CheckOut, CloseAttendance, ShiftCommand } from './commands.js'
export type { ShiftError } from './errors.js'
export {
  postSchema,
  shiftScheduledSchema,
  volunteerCheckedInSchema,
  volunteerCheckedOutSchema,
  attendanceClosedByOrganiserSchema,
  shiftEventSchema,
  shiftEventSchemaVersions,
} from './events.js'
export type {
  Post,
  ShiftScheduled,
  VolunteerCheckedIn,
  VolunteerCheckedOut,
  AttendanceClosedByOrganiser,
  ShiftEvent,
} from './events.js'
export { shiftStream } from './shift-stream.js'
export type { ShiftState, ScheduledShift, Attendance } from './state.js'
