import type { GeoPoint } from '../ranking/geo-point.js'
import type { Organiser } from './occasion.js'

/** What a record needs to know of its occasion, read from the occasion's own stream. */
export type OccasionFacts = {
  readonly title: string
  /** The day the occasion ended (`YYYY-MM-DD`): the recording deadline counts from it. */
  readonly date: string
  /** The teams or sites that may record for it (V4). */
  readonly organisers: readonly Organiser[]
  /** The volunteers an order's completion report names; `null` when the occasion names none. */
  readonly participants: readonly string[] | null
}

/** One volunteer's attendance on a shift, read from the shift's stream (V3). */
export type ShiftAttendanceFacts = {
  readonly shiftId: string
  readonly title: string
  readonly date: string
  readonly organiser: Organiser
  readonly post: { readonly postId: string; readonly name: string; readonly location: GeoPoint }
  readonly maxHours: number
  /** `null` when the volunteer has not checked in. */
  readonly attendance: {
    readonly checkedInAt: string
    /** `null` while checked in. */
    readonly checkedOutAt: string | null
    /** Closed by the organiser (no check-out): a make-up record. */
    readonly closedByOrganiser: boolean
  } | null
}
