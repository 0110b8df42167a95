import { z } from 'zod'
import { timestampSchema } from './scalars.js'

/** Who acts: a principal id and, optionally, the role it acts in. */
export const actorSchema = z.object({
  id: z.string().min(1),
  role: z.string().min(1).optional(),
})

export type Actor = z.infer<typeof actorSchema>

/** Metadata every command carries: the current time (ISO-8601 UTC) and the acting principal. */
export const commandMetadataSchema = z.object({
  now: timestampSchema,
  actor: actorSchema,
})

export type CommandMetadata = z.infer<typeof commandMetadataSchema>
