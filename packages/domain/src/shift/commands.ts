import { z } from 'zod'
import { commandMetadataSchema } from '../shared/command-metadata.js'
import { idSchema, timestampSchema } from '../shared/scalars.js'
import { coordinatesSchema } from '../site/events.js'
import { organiserSchema } from '../volunteer/occasion.js'
import { postSchema } from './events.js'

export const scheduleShiftSchema = z.object({
  type: z.literal('ScheduleShift'),
  data: z.object({
    shiftId: idSchema,
    activityId: idSchema,
    post: postSchema,
    startsAt: timestampSchema,
    endsAt: timestampSchema,
    maxHours: z.number().positive().max(24),
    checkInCode: z.string().trim().min(4).max(12),
    organiser: organiserSchema,
  }),
  metadata: commandMetadataSchema,
})

const attendance = <T extends string>(type: T) =>
  z.object({
    type: z.literal(type),
    data: z.object({
      shiftId: idSchema,
      volunteerId: idSchema,
      code: z.string().trim().min(1).max(12),
      position: coordinatesSchema,
    }),
    metadata: commandMetadataSchema,
  })

export const checkInSchema = attendance('CheckIn')
export const checkOutSchema = attendance('CheckOut')

export const closeAttendanceSchema = z.object({
  type: z.literal('CloseAttendance'),
  data: z.object({
    shiftId: idSchema,
    volunteerId: idSchema,
    organiser: organiserSchema,
    checkedOutAt: timestampSchema,
    reason: z.string().trim().min(1).max(500),
  }),
  metadata: commandMetadataSchema,
})

/** Every command a shift's stream accepts, tagged by `type`. */
export const shiftCommandSchema = z.discriminatedUnion('type', [
  scheduleShiftSchema,
  checkInSchema,
  checkOutSchema,
  closeAttendanceSchema,
])

export type ScheduleShift = z.infer<typeof scheduleShiftSchema>
export type CheckIn = z.infer<typeof checkInSchema>
export type CheckOut = z.infer<typeof checkOutSchema>
export type CloseAttendance = z.infer<typeof closeAttendanceSchema>
export type ShiftCommand = z.infer<typeof shiftCommandSchema>
