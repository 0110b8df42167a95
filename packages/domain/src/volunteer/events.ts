import { z } from 'zod'
import { calendarDateSchema, idSchema, timestampSchema } from '../shared/scalars.js'
import { occasionSchema } from './occasion.js'
import { consentSchema, idTypeSchema, volunteerProfileSchema } from './profile.js'
import { serviceDetailsSchema, serviceRecordSchema } from './record-fields.js'

/** Real-name registration (Art 5), with the consent given and the site that registered it. */
export const volunteerRegisteredSchema = z.object({
  type: z.literal('VolunteerRegistered'),
  data: z.object({
    volunteerId: idSchema,
    siteId: idSchema,
    profile: volunteerProfileSchema,
    consent: consentSchema.extend({ at: timestampSchema }),
    by: idSchema,
    at: timestampSchema,
  }),
})

const statusChange = <T extends string>(type: T) =>
  z.object({
    type: z.literal(type),
    data: z.object({
      volunteerId: idSchema,
      reason: z.string(),
      by: idSchema,
      at: timestampSchema,
    }),
  })

export const volunteerSuspendedSchema = statusChange('VolunteerSuspended')
export const volunteerReinstatedSchema = statusChange('VolunteerReinstated')
export const volunteerDeregisteredSchema = statusChange('VolunteerDeregistered')

/** A service record (V2, Art 7); `late` when made after the deadline of Art 11 (V4). */
export const serviceRecordedSchema = z.object({
  type: z.literal('ServiceRecorded'),
  data: serviceRecordSchema.extend({
    volunteerId: idSchema,
    /** The last day to record it in time: 10 working days after the occasion. */
    deadline: calendarDateSchema,
    late: z.boolean(),
    /** The correction (an omission reported) this record answers, if any. */
    correctionId: idSchema.optional(),
    by: idSchema,
    at: timestampSchema,
  }),
})

/** A volunteer reported an error in a record, or an omission (Art 13, V6). */
export const correctionRequestedSchema = z.object({
  type: z.literal('CorrectionRequested'),
  data: z.object({
    volunteerId: idSchema,
    correctionId: idSchema,
    /** The record in error; `null` for an omission. */
    recordId: idSchema.nullable(),
    /** The occasion an omission concerns. */
    occasion: occasionSchema.optional(),
    description: z.string().min(1),
    by: idSchema,
    at: timestampSchema,
  }),
})

/** A record superseded by a new version (V6): the old version stays in the history. */
export const serviceRecordCorrectedSchema = z.object({
  type: z.literal('ServiceRecordCorrected'),
  data: serviceDetailsSchema.extend({
    volunteerId: idSchema,
    recordId: idSchema,
    correctionId: idSchema,
    /** 2 for the first correction, and so on. */
    version: z.number().int().min(2),
    personInCharge: z.string().min(1),
    by: idSchema,
    at: timestampSchema,
  }),
})

export const correctionRefusedSchema = z.object({
  type: z.literal('CorrectionRefused'),
  data: z.object({
    volunteerId: idSchema,
    correctionId: idSchema,
    reason: z.string().min(1),
    by: idSchema,
    at: timestampSchema,
  }),
})

/** A star level reached for the first time (V7): awarded once per level. */
export const volunteerStarAwardedSchema = z.object({
  type: z.literal('VolunteerStarAwarded'),
  data: z.object({
    volunteerId: idSchema,
    level: z.number().int().min(1),
    confirmedHours: z.number().min(0),
    at: timestampSchema,
  }),
})

/** The current star level changed without a new award: lowered by a correction, or regained. */
export const volunteerStarLevelChangedSchema = z.object({
  type: z.literal('VolunteerStarLevelChanged'),
  data: z.object({
    volunteerId: idSchema,
    from: z.number().int().min(0),
    to: z.number().int().min(0),
    confirmedHours: z.number().min(0),
    at: timestampSchema,
  }),
})

/** A 服务记录证明 (V8, Art 14-17): numbered, free, with the masked identity only. */
export const certificateIssuedSchema = z.object({
  type: z.literal('CertificateIssued'),
  data: z.object({
    volunteerId: idSchema,
    certificateNumber: idSchema,
    from: calendarDateSchema,
    to: calendarDateSchema,
    name: z.string().min(1),
    idType: idTypeSchema,
    maskedIdNumber: z.string().min(1),
    hours: z.number().min(0),
    records: z.number().int().min(1),
    contents: z.array(z.string()),
    issuer: z.object({
      organisation: z.string().min(1),
      personInCharge: z.string().min(1),
      contact: z.string().min(1),
    }),
    issuedOn: calendarDateSchema,
    by: idSchema,
    at: timestampSchema,
  }),
})

/** Every event of a `volunteer-<id>` stream, tagged by `type`. */
export const volunteerEventSchema = z.discriminatedUnion('type', [
  volunteerRegisteredSchema,
  volunteerSuspendedSchema,
  volunteerReinstatedSchema,
  volunteerDeregisteredSchema,
  serviceRecordedSchema,
  correctionRequestedSchema,
  serviceRecordCorrectedSchema,
  correctionRefusedSchema,
  volunteerStarAwardedSchema,
  volunteerStarLevelChangedSchema,
  certificateIssuedSchema,
])

export type VolunteerRegistered = z.infer<typeof volunteerRegisteredSchema>
export type VolunteerSuspended = z.infer<typeof volunteerSuspendedSchema>
export type VolunteerReinstated = z.infer<typeof volunteerReinstatedSchema>
export type VolunteerDeregistered = z.infer<typeof volunteerDeregisteredSchema>
export type ServiceRecorded = z.infer<typeof serviceRecordedSchema>
export type CorrectionRequested = z.infer<typeof correctionRequestedSchema>
export type ServiceRecordCorrected = z.infer<typeof serviceRecordCorrectedSchema>
export type CorrectionRefused = z.infer<typeof correctionRefusedSchema>
export type VolunteerStarAwarded = z.infer<typeof volunteerStarAwardedSchema>
export type VolunteerStarLevelChanged = z.infer<typeof volunteerStarLevelChangedSchema>
export type CertificateIssued = z.infer<typeof certificateIssuedSchema>
export type VolunteerEvent = z.infer<typeof volunteerEventSchema>

/** The schema version of each volunteer event type, stored in every event's metadata. */
export const volunteerEventSchemaVersions: Readonly<Record<VolunteerEvent['type'], number>> = {
  VolunteerRegistered: 1,
  VolunteerSuspended: 1,
  VolunteerReinstated: 1,
  VolunteerDeregistered: 1,
  ServiceRecorded: 1,
  CorrectionRequested: 1,
  ServiceRecordCorrected: 1,
  CorrectionRefused: 1,
  VolunteerStarAwarded: 1,
  VolunteerStarLevelChanged: 1,
  CertificateIssued: 1,
}
