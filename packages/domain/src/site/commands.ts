import { z } from 'zod'
import { commandMetadataSchema } from '../shared/command-metadata.js'
import { idSchema } from '../shared/scalars.js'
import { siteLevelSchema } from '../shared/site-level.js'
import { coordinatesSchema } from './events.js'

export const registerSiteSchema = z.object({
  type: z.literal('RegisterSite'),
  data: z.object({
    siteId: idSchema,
    parentId: idSchema.nullable(),
    level: siteLevelSchema,
    name: z.string().min(1),
    kind: z.string().min(1),
    coordinates: coordinatesSchema,
  }),
  metadata: commandMetadataSchema,
})

export const renameSiteSchema = z.object({
  type: z.literal('RenameSite'),
  data: z.object({ siteId: idSchema, name: z.string().min(1) }),
  metadata: commandMetadataSchema,
})

export const markSiteWeakSchema = z.object({
  type: z.literal('MarkSiteWeak'),
  data: z.object({ siteId: idSchema, reason: z.string().default('') }),
  metadata: commandMetadataSchema,
})

export const clearSiteWeakMarkSchema = z.object({
  type: z.literal('ClearSiteWeakMark'),
  data: z.object({ siteId: idSchema }),
  metadata: commandMetadataSchema,
})

export const closeSiteSchema = z.object({
  type: z.literal('CloseSite'),
  data: z.object({ siteId: idSchema, reason: z.string().default('') }),
  metadata: commandMetadataSchema,
})

/** Sent by the cluster-membership process, not from outside: claims the site for a cluster (C1). */
export const claimSiteForClusterSchema = z.object({
  type: z.literal('ClaimSiteForCluster'),
  data: z.object({
    siteId: idSchema,
    clusterId: idSchema,
    /** The cluster's district (its lead site's, D1): a site of another district is not claimed. */
    districtId: idSchema.optional(),
  }),
  metadata: commandMetadataSchema,
})

/** Sent by the cluster-membership process: releases the site's claim (leave, dissolve, compensation). */
export const releaseSiteFromClusterSchema = z.object({
  type: z.literal('ReleaseSiteFromCluster'),
  data: z.object({ siteId: idSchema, clusterId: idSchema }),
  metadata: commandMetadataSchema,
})

/** Every command a site accepts from outside, tagged by `type`. */
export const siteCommandSchema = z.discriminatedUnion('type', [
  registerSiteSchema,
  renameSiteSchema,
  markSiteWeakSchema,
  clearSiteWeakMarkSchema,
  closeSiteSchema,
])

/** The commands only the cluster-membership process sends to a site's stream (C1). */
export const siteClusterCommandSchema = z.discriminatedUnion('type', [
  claimSiteForClusterSchema,
  releaseSiteFromClusterSchema,
])

export type RegisterSite = z.infer<typeof registerSiteSchema>
export type RenameSite = z.infer<typeof renameSiteSchema>
export type MarkSiteWeak = z.infer<typeof markSiteWeakSchema>
export type ClearSiteWeakMark = z.infer<typeof clearSiteWeakMarkSchema>
export type CloseSite = z.infer<typeof closeSiteSchema>
export type ClaimSiteForCluster = z.infer<typeof claimSiteForClusterSchema>
export type ReleaseSiteFromCluster = z.infer<typeof releaseSiteFromClusterSchema>
export type SiteCommand = z.infer<typeof siteCommandSchema>
export type SiteClusterCommand = z.infer<typeof siteClusterCommandSchema>
