import { z } from 'zod'
import { idSchema, timestampSchema } from '../shared/scalars.js'

/** Whose personal data: a registered volunteer, or a resident who placed orders. */
export const erasureSubjectKindSchema = z.enum(['volunteer', 'resident'])

/**
 * Why a person's data is erased (PIPL Art 47, 《志愿服务条例》 Art 20): a closed list, so the request
 * itself carries no free text that could name anyone.
 */
export const erasureReasonSchema = z.enum([
  'consent-withdrawn',
  'purpose-fulfilled',
  'service-ended',
  'retention-expired',
  'unlawful-processing',
])

/** A person, or the district on their behalf, asked for their personal data to be erased. */
export const personalDataErasureRequestedSchema = z.object({
  type: z.literal('PersonalDataErasureRequested'),
  data: z.object({
    subjectId: idSchema,
    subjectKind: erasureSubjectKindSchema,
    reason: erasureReasonSchema,
    /** Who asked: the person themselves or the staff member acting for them. */
    by: idSchema,
    at: timestampSchema,
  }),
})

/** The person's key was deleted: what was erased and what is kept, no personal value. */
export const personalDataErasedSchema = z.object({
  type: z.literal('PersonalDataErased'),
  data: z.object({
    subjectId: idSchema,
    subjectKind: erasureSubjectKindSchema,
    erased: z.array(z.string()),
    kept: z.array(z.string()),
    by: idSchema,
    at: timestampSchema,
  }),
})

/** Every event of a `personal_data-<subject id>` stream. */
export const personalDataEventSchema = z.discriminatedUnion('type', [
  personalDataErasureRequestedSchema,
  personalDataErasedSchema,
])

export type ErasureSubjectKind = z.infer<typeof erasureSubjectKindSchema>
export type ErasureReason = z.infer<typeof erasureReasonSchema>
export type PersonalDataErasureRequested = z.infer<typeof personalDataErasureRequestedSchema>
export type PersonalDataErased = z.infer<typeof personalDataErasedSchema>
export type PersonalDataEvent = z.infer<typeof personalDataEventSchema>

/** The schema version of each personal-data event type. */
export const personalDataEventSchemaVersions: Readonly<Record<PersonalDataEvent['type'], number>> =
  { PersonalDataErasureRequested: 1, PersonalDataErased: 1 }
