import { z } from 'zod'
import { coordinatesSchema } from '../site/events.js'
import { calendarDateSchema, idSchema, timestampSchema } from '../shared/scalars.js'
import { organiserSchema } from '../volunteer/occasion.js'

/** A post of a shift (an intersection, a desk): where volunteers check in, and its geofence. */
export const postSchema = z.object({
  postId: idSchema,
  name: z.string().trim().min(1).max(100),
  location: coordinatesSchema,
  /** The geofence's radius in metres around `location` (default 200 m). */
  radiusMeters: z.number().positive().max(5000).default(200),
})

/** A shift of an activity at one post, with its check-in code and its cap on hours (V3). */
export const shiftScheduledSchema = z.object({
  type: z.literal('ShiftScheduled'),
  data: z.object({
    shiftId: idSchema,
    activityId: idSchema,
    title: z.string().min(1),
    date: calendarDateSchema,
    post: postSchema,
    startsAt: timestampSchema,
    endsAt: timestampSchema,
    maxHours: z.number().positive().max(24),
    checkInCode: z.string().min(4).max(12),
    organiser: organiserSchema,
    by: idSchema,
    at: timestampSchema,
  }),
})

export const volunteerCheckedInSchema = z.object({
  type: z.literal('VolunteerCheckedIn'),
  data: z.object({
    shiftId: idSchema,
    volunteerId: idSchema,
    distanceMeters: z.number().min(0),
    at: timestampSchema,
  }),
})

export const volunteerCheckedOutSchema = z.object({
  type: z.literal('VolunteerCheckedOut'),
  data: z.object({
    shiftId: idSchema,
    volunteerId: idSchema,
    distanceMeters: z.number().min(0),
    at: timestampSchema,
  }),
})

/** The organiser closed an attendance without check-out, with a reason: a make-up (V3). */
export const attendanceClosedByOrganiserSchema = z.object({
  type: z.literal('AttendanceClosedByOrganiser'),
  data: z.object({
    shiftId: idSchema,
    volunteerId: idSchema,
    checkedOutAt: timestampSchema,
    reason: z.string().min(1),
    by: idSchema,
    at: timestampSchema,
  }),
})

/** Every event of a `shift-<id>` stream. */
export const shiftEventSchema = z.discriminatedUnion('type', [
  shiftScheduledSchema,
  volunteerCheckedInSchema,
  volunteerCheckedOutSchema,
  attendanceClosedByOrganiserSchema,
])

export type Post = z.infer<typeof postSchema>
export type ShiftScheduled = z.infer<typeof shiftScheduledSchema>
export type VolunteerCheckedIn = z.infer<typeof volunteerCheckedInSchema>
export type VolunteerCheckedOut = z.infer<typeof volunteerCheckedOutSchema>
export type AttendanceClosedByOrganiser = z.infer<typeof attendanceClosedByOrganiserSchema>
export type ShiftEvent = z.infer<typeof shiftEventSchema>

/** The schema version of each shift event type. */
export const shiftEventSchemaVersions: Readonly<Record<ShiftEvent['type'], number>> = {
  ShiftScheduled: 1,
  VolunteerCheckedIn: 1,
  VolunteerCheckedOut: 1,
  AttendanceClosedByOrganiser: 1,
}
