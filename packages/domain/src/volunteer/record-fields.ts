import { z } from 'zod'
import { calendarDateSchema, idSchema, timestampSchema } from '../shared/scalars.js'
import { occasionSchema, organiserSchema } from './occasion.js'

/** How a record's hours were established: recorded by the organiser, checked in and out, made up. */
export const recordSourceSchema = z.enum(['recorded', 'check-in', 'make-up'])

/** The part of a record the organiser states (Art 7): when, where, what, and the volunteer's hours. */
export const serviceDetailsSchema = z.object({
  /** The start of the volunteer's own service. */
  startsAt: timestampSchema,
  /** Its end: never before the start. */
  endsAt: timestampSchema,
  /** The volunteer's own hours (not the occasion's total), at most the time between start and end. */
  hours: z.number().min(0).max(24),
  place: z.string().trim().min(1).max(200),
  content: z.string().trim().min(1).max(500),
})

/** A service record as it is kept: its occasion, its Art 7 fields and who recorded it. */
export const serviceRecordSchema = z.object({
  recordId: idSchema,
  occasion: occasionSchema,
  /** The activity's or order's name. */
  title: z.string().min(1),
  /** The day of the occasion (`YYYY-MM-DD`). */
  date: calendarDateSchema,
  ...serviceDetailsSchema.shape,
  organiser: organiserSchema,
  /** The person in charge who recorded it (Art 7). */
  personInCharge: z.string().trim().min(1).max(50),
  source: recordSourceSchema,
  /** The post of a shift (an intersection), for hours per post. */
  post: z.object({ postId: idSchema, name: z.string().min(1) }).optional(),
})

export type RecordSource = z.infer<typeof recordSourceSchema>
export type ServiceDetails = z.infer<typeof serviceDetailsSchema>
export type ServiceRecord = z.infer<typeof serviceRecordSchema>
