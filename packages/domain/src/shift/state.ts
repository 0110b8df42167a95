import type { Organiser } from '../volunteer/occasion.js'
import type { Post } from './events.js'

/** One volunteer's attendance on a shift. */
export type Attendance = {
  readonly checkedInAt: string
  readonly checkedOutAt: string | null
  readonly closedByOrganiser: boolean
}

/** A shift as its stream tells it. */
export type ShiftState =
  | { readonly status: 'none' }
  | {
      readonly status: 'scheduled'
      readonly shiftId: string
      readonly activityId: string
      readonly title: string
      readonly date: string
      readonly post: Post
      readonly startsAt: string
      readonly endsAt: string
      readonly maxHours: number
      readonly checkInCode: string
      readonly organiser: Organiser
      readonly attendance: Readonly<Record<string, Attendance>>
    }

/** A scheduled shift's state. */
export type ScheduledShift = Exclude<ShiftState, { status: 'none' }>

export const initialShiftState: ShiftState = { status: 'none' }
