import { z } from 'zod'
import { siteLevelSchema } from '../shared/site-level.js'
import { idSchema, timestampSchema } from '../shared/scalars.js'

/** A point on the map (WGS-84 degrees). */
export const coordinatesSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
})

export const siteRegisteredSchema = z.object({
  type: z.literal('SiteRegistered'),
  data: z.object({
    siteId: idSchema,
    /** One level up; `null` only for the centre. */
    parentId: idSchema.nullable(),
    level: siteLevelSchema,
    name: z.string().min(1),
    /** Kind of place: 村, 社区, 驿站, 示范点, 教育点 ... (data, not code). */
    kind: z.string().min(1),
    coordinates: coordinatesSchema,
    /**
     * The centre of the site's district (D1), recorded at registration: the centre's own id for a
     * centre, its parent's district otherwise; absent in older events.
     */
    districtId: idSchema.optional(),
    at: timestampSchema,
  }),
})

export const siteRenamedSchema = z.object({
  type: z.literal('SiteRenamed'),
  data: z.object({ siteId: idSchema, name: z.string().min(1), at: timestampSchema }),
})

export const siteMarkedWeakSchema = z.object({
  type: z.literal('SiteMarkedWeak'),
  data: z.object({ siteId: idSchema, reason: z.string(), at: timestampSchema }),
})

export const siteWeakMarkClearedSchema = z.object({
  type: z.literal('SiteWeakMarkCleared'),
  data: z.object({ siteId: idSchema, at: timestampSchema }),
})

export const siteClosedSchema = z.object({
  type: z.literal('SiteClosed'),
  data: z.object({ siteId: idSchema, reason: z.string(), at: timestampSchema }),
})

/** The site's claim by a cluster (C1: a site belongs to at most one cluster at a time). */
export const siteClaimedByClusterSchema = z.object({
  type: z.literal('SiteClaimedByCluster'),
  data: z.object({ siteId: idSchema, clusterId: idSchema, at: timestampSchema }),
})

export const siteReleasedByClusterSchema = z.object({
  type: z.literal('SiteReleasedByCluster'),
  data: z.object({ siteId: idSchema, clusterId: idSchema, at: timestampSchema }),
})

/** Every event of a site's stream, tagged by `type`. */
export const siteEventSchema = z.discriminatedUnion('type', [
  siteRegisteredSchema,
  siteRenamedSchema,
  siteMarkedWeakSchema,
  siteWeakMarkClearedSchema,
  siteClosedSchema,
  siteClaimedByClusterSchema,
  siteReleasedByClusterSchema,
])

export type Coordinates = z.infer<typeof coordinatesSchema>
export type SiteRegistered = z.infer<typeof siteRegisteredSchema>
export type SiteRenamed = z.infer<typeof siteRenamedSchema>
export type SiteMarkedWeak = z.infer<typeof siteMarkedWeakSchema>
export type SiteWeakMarkCleared = z.infer<typeof siteWeakMarkClearedSchema>
export type SiteClosed = z.infer<typeof siteClosedSchema>
export type SiteClaimedByCluster = z.infer<typeof siteClaimedByClusterSchema>
export type SiteReleasedByCluster = z.infer<typeof siteReleasedByClusterSchema>
export type SiteEvent = z.infer<typeof siteEventSchema>

/** The schema version of each site event type, stored in every event's `metadata.schemaVersion`. */
export const siteEventSchemaVersions: Readonly<Record<SiteEvent['type'], number>> = {
  SiteRegistered: 1,
  SiteRenamed: 1,
  SiteMarkedWeak: 1,
  SiteWeakMarkCleared: 1,
  SiteClosed: 1,
  SiteClaimedByCluster: 1,
  SiteReleasedByCluster: 1,
}
