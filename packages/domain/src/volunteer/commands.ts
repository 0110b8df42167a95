import { z } from 'zod'
import { commandMetadataSchema } from '../shared/command-metadata.js'
import { calendarDateSchema, idSchema } from '../shared/scalars.js'
import { occasionSchema, organiserSchema } from './occasion.js'
import { consentSchema, volunteerProfileSchema } from './profile.js'
import { serviceDetailsSchema } from './record-fields.js'
import { starPolicySchema } from './star-policy.js'

const withVolunteer = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.object({ volunteerId: idSchema, ...shape })

export const registerVolunteerSchema = z.object({
  type: z.literal('RegisterVolunteer'),
  data: withVolunteer({
    siteId: idSchema,
    profile: volunteerProfileSchema,
    consent: consentSchema,
  }),
  metadata: commandMetadataSchema,
})

const statusCommand = <T extends string>(type: T) =>
  z.object({
    type: z.literal(type),
    data: withVolunteer({ reason: z.string().max(500).default('') }),
    metadata: commandMetadataSchema,
  })

export const suspendVolunteerSchema = statusCommand('SuspendVolunteer')
export const reinstateVolunteerSchema = statusCommand('ReinstateVolunteer')
export const deregisterVolunteerSchema = statusCommand('DeregisterVolunteer')

/** The organiser of the occasion records one volunteer's own service (V2, V4, V5). */
export const recordServiceSchema = z.object({
  type: z.literal('RecordService'),
  data: withVolunteer({
    recordId: idSchema,
    occasion: occasionSchema,
    organiser: organiserSchema,
    personInCharge: z.string().trim().min(1).max(50),
    ...serviceDetailsSchema.shape,
  }),
  metadata: commandMetadataSchema,
})

/** The organiser confirms the checked-in hours of one volunteer on a shift (V3). */
export const confirmShiftHoursSchema = z.object({
  type: z.literal('ConfirmShiftHours'),
  data: withVolunteer({
    recordId: idSchema,
    shiftId: idSchema,
    organiser: organiserSchema,
    personInCharge: z.string().trim().min(1).max(50),
    content: z.string().trim().min(1).max(500),
  }),
  metadata: commandMetadataSchema,
})

/** The volunteer reports an error in a record (`recordId`) or an omission (`occasion`) (V6). */
export const requestCorrectionSchema = z.object({
  type: z.literal('RequestCorrection'),
  data: withVolunteer({
    correctionId: idSchema,
    recordId: idSchema.nullable().default(null),
    occasion: occasionSchema.optional(),
    description: z.string().trim().min(1).max(1000),
  }),
  metadata: commandMetadataSchema,
})

/** The organiser supersedes the record in question with a new version, or records the omission. */
export const correctServiceRecordSchema = z.object({
  type: z.literal('CorrectServiceRecord'),
  data: withVolunteer({
    correctionId: idSchema,
    organiser: organiserSchema,
    personInCharge: z.string().trim().min(1).max(50),
    ...serviceDetailsSchema.shape,
  }),
  metadata: commandMetadataSchema,
})

export const refuseCorrectionSchema = z.object({
  type: z.literal('RefuseCorrection'),
  data: withVolunteer({
    correctionId: idSchema,
    organiser: organiserSchema,
    reason: z.string().trim().min(1).max(500),
  }),
  metadata: commandMetadataSchema,
})

/** A 服务记录证明 for a period, asked by the volunteer or by an organiser for them (V8). */
export const issueCertificateSchema = z.object({
  type: z.literal('IssueCertificate'),
  data: withVolunteer({
    certificateNumber: idSchema,
    from: calendarDateSchema,
    to: calendarDateSchema,
    issuer: z.object({
      organisation: z.string().trim().min(1).max(100),
      personInCharge: z.string().trim().min(1).max(50),
      contact: z.string().trim().min(1).max(50),
    }),
  }),
  metadata: commandMetadataSchema,
})

/** Sent by the star process only: brings the star level in line with the confirmed hours (V7). */
export const adjustStarLevelSchema = z.object({
  type: z.literal('AdjustStarLevel'),
  data: withVolunteer({ policy: starPolicySchema }),
  metadata: commandMetadataSchema,
})

/** Every command a volunteer's stream accepts from outside, tagged by `type`. */
export const volunteerCommandSchema = z.discriminatedUnion('type', [
  registerVolunteerSchema,
  suspendVolunteerSchema,
  reinstateVolunteerSchema,
  deregisterVolunteerSchema,
  recordServiceSchema,
  confirmShiftHoursSchema,
  requestCorrectionSchema,
  correctServiceRecordSchema,
  refuseCorrectionSchema,
  issueCertificateSchema,
])

export type RegisterVolunteer = z.infer<typeof registerVolunteerSchema>
export type SuspendVolunteer = z.infer<typeof suspendVolunteerSchema>
export type ReinstateVolunteer = z.infer<typeof reinstateVolunteerSchema>
export type DeregisterVolunteer = z.infer<typeof deregisterVolunteerSchema>
export type RecordService = z.infer<typeof recordServiceSchema>
export type ConfirmShiftHours = z.infer<typeof confirmShiftHoursSchema>
export type RequestCorrection = z.infer<typeof requestCorrectionSchema>
export type CorrectServiceRecord = z.infer<typeof correctServiceRecordSchema>
export type RefuseCorrection = z.infer<typeof refuseCorrectionSchema>
export type IssueCertificate = z.infer<typeof issueCertificateSchema>
export type AdjustStarLevel = z.infer<typeof adjustStarLevelSchema>
export type VolunteerCommand = z.infer<typeof volunteerCommandSchema>
