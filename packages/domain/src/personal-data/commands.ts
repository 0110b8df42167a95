import { z } from 'zod'
import { commandMetadataSchema } from '../shared/command-metadata.js'
import { idSchema } from '../shared/scalars.js'
import { erasureReasonSchema, erasureSubjectKindSchema } from './events.js'

/** Ask for a person's personal data to be erased. */
export const requestPersonalDataErasureSchema = z.object({
  type: z.literal('RequestPersonalDataErasure'),
  data: z.object({
    subjectId: idSchema,
    subjectKind: erasureSubjectKindSchema,
    reason: erasureReasonSchema,
  }),
  metadata: commandMetadataSchema,
})

/** Record that the person's key was deleted: sent by the erasure process once it has done so. */
export const recordPersonalDataErasedSchema = z.object({
  type: z.literal('RecordPersonalDataErased'),
  data: z.object({ subjectId: idSchema }),
  metadata: commandMetadataSchema,
})

export type RequestPersonalDataErasure = z.infer<typeof requestPersonalDataErasureSchema>
export type RecordPersonalDataErased = z.infer<typeof recordPersonalDataErasedSchema>
export type PersonalDataCommand = RequestPersonalDataErasure | RecordPersonalDataErased
