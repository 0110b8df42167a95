import { z } from 'zod'
import { idSchema, timestampSchema } from '../shared/scalars.js'
import { catalogueEntrySchema } from './catalogue-entry.js'

/** Where an entry came from when it was not written by hand: a winning project (S4). */
export const entrySourceSchema = z.object({
  projectId: idSchema,
  roundId: idSchema,
  /** The project's team, which serves the entry. */
  teamId: idSchema,
})

export const catalogueEntryPublishedSchema = z.object({
  type: z.literal('CatalogueEntryPublished'),
  data: z.object({
    districtId: idSchema,
    entry: catalogueEntrySchema,
    source: entrySourceSchema.optional(),
    by: idSchema,
    at: timestampSchema,
  }),
})

export const catalogueEntryRevisedSchema = z.object({
  type: z.literal('CatalogueEntryRevised'),
  data: z.object({
    districtId: idSchema,
    entry: catalogueEntrySchema,
    by: idSchema,
    at: timestampSchema,
  }),
})

export const catalogueEntryRetiredSchema = z.object({
  type: z.literal('CatalogueEntryRetired'),
  data: z.object({
    districtId: idSchema,
    code: idSchema,
    reason: z.string(),
    by: idSchema,
    at: timestampSchema,
  }),
})

/** Every event of a `catalogue-<district>` stream, tagged by `type`. */
export const catalogueEventSchema = z.discriminatedUnion('type', [
  catalogueEntryPublishedSchema,
  catalogueEntryRevisedSchema,
  catalogueEntryRetiredSchema,
])

export type EntrySource = z.infer<typeof entrySourceSchema>
export type CatalogueEntryPublished = z.infer<typeof catalogueEntryPublishedSchema>
export type CatalogueEntryRevised = z.infer<typeof catalogueEntryRevisedSchema>
export type CatalogueEntryRetired = z.infer<typeof catalogueEntryRetiredSchema>
export type CatalogueEvent = z.infer<typeof catalogueEventSchema>

/** The schema version of each catalogue event type, stored in every event's metadata. */
export const catalogueEventSchemaVersions: Readonly<Record<CatalogueEvent['type'], number>> = {
  CatalogueEntryPublished: 1,
  CatalogueEntryRevised: 1,
  CatalogueEntryRetired: 1,
}
