import { z } from 'zod'
import { commandMetadataSchema } from '../shared/command-metadata.js'
import { idSchema } from '../shared/scalars.js'
import { catalogueEntrySchema } from './catalogue-entry.js'

/** The centre publishes a new entry in its district's catalogue (S1). */
export const publishCatalogueEntrySchema = z.object({
  type: z.literal('PublishCatalogueEntry'),
  data: z.object({
    /** The district: its centre's site id. */
    districtId: idSchema,
    entry: catalogueEntrySchema,
  }),
  metadata: commandMetadataSchema,
})

/** The centre revises an active entry: name, description, platform, questions, who may order it. */
export const reviseCatalogueEntrySchema = z.object({
  type: z.literal('ReviseCatalogueEntry'),
  data: z.object({ districtId: idSchema, entry: catalogueEntrySchema }),
  metadata: commandMetadataSchema,
})

/** The centre retires an entry: no new request names it; orders already placed stay valid. */
export const retireCatalogueEntrySchema = z.object({
  type: z.literal('RetireCatalogueEntry'),
  data: z.object({ districtId: idSchema, code: idSchema, reason: z.string().default('') }),
  metadata: commandMetadataSchema,
})

/** Every command on a district's catalogue, tagged by `type`. */
export const catalogueCommandSchema = z.discriminatedUnion('type', [
  publishCatalogueEntrySchema,
  reviseCatalogueEntrySchema,
  retireCatalogueEntrySchema,
])

export type PublishCatalogueEntry = z.infer<typeof publishCatalogueEntrySchema>
export type ReviseCatalogueEntry = z.infer<typeof reviseCatalogueEntrySchema>
export type RetireCatalogueEntry = z.infer<typeof retireCatalogueEntrySchema>
export type CatalogueCommand = z.infer<typeof catalogueCommandSchema>
