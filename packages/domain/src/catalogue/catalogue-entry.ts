import { z } from 'zod'
import { idSchema } from '../shared/scalars.js'
import { serviceAttributeSchema } from './service-attribute.js'

/** Who may order an entry: residents (and staff), or only staff (a directive theme, S3). */
export const orderableBySchema = z.enum(['residents', 'staff'])

/**
 * One item of the district's 服务菜单 (S1): a code requests name, its Chinese name and description,
 * the platform (7+N) it belongs to, the questions a request answers and who may order it.
 */
export const catalogueEntrySchema = z
  .object({
    code: idSchema,
    name: z.string().min(1).max(100),
    description: z.string().max(2000).default(''),
    /** The service platform (7+N) it is grouped under: data, not code. */
    platform: z.string().min(1).max(100),
    attributes: z.array(serviceAttributeSchema).max(30).default([]),
    orderableBy: orderableBySchema.default('residents'),
  })
  .refine(
    (entry) => new Set(entry.attributes.map((a) => a.code)).size === entry.attributes.length,
    {
      message: 'attribute codes are unique within an entry',
      path: ['attributes'],
    },
  )
  .refine(
    (entry) =>
      entry.attributes.every(
        (a) =>
          (a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist') ===
          a.values.length > 0,
      ),
    { message: 'a value list has values, any other attribute none', path: ['attributes'] },
  )

export type OrderableBy = z.infer<typeof orderableBySchema>
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>
