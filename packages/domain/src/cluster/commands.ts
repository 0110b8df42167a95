import { z } from 'zod'
import { commandMetadataSchema } from '../shared/command-metadata.js'
import { idSchema } from '../shared/scalars.js'

export const formClusterSchema = z.object({
  type: z.literal('FormCluster'),
  data: z.object({
    clusterId: idSchema,
    name: z.string().min(1),
    leadSiteId: idSchema,
    memberSiteIds: z.array(idSchema).min(2),
  }),
  metadata: commandMetadataSchema,
})

export const joinClusterSchema = z.object({
  type: z.literal('JoinCluster'),
  data: z.object({ clusterId: idSchema, siteId: idSchema }),
  metadata: commandMetadataSchema,
})

export const leaveClusterSchema = z.object({
  type: z.literal('LeaveCluster'),
  data: z.object({ clusterId: idSchema, siteId: idSchema }),
  metadata: commandMetadataSchema,
})

export const poolTeamSchema = z.object({
  type: z.literal('PoolTeam'),
  data: z.object({ clusterId: idSchema, teamId: idSchema }),
  metadata: commandMetadataSchema,
})

export const withdrawTeamSchema = z.object({
  type: z.literal('WithdrawTeam'),
  data: z.object({ clusterId: idSchema, teamId: idSchema }),
  metadata: commandMetadataSchema,
})

export const offerVenueSchema = z.object({
  type: z.literal('OfferVenue'),
  data: z.object({
    clusterId: idSchema,
    venueId: idSchema,
    siteId: idSchema,
    name: z.string().min(1),
  }),
  metadata: commandMetadataSchema,
})

export const withdrawVenueSchema = z.object({
  type: z.literal('WithdrawVenue'),
  data: z.object({ clusterId: idSchema, venueId: idSchema }),
  metadata: commandMetadataSchema,
})

export const dissolveClusterSchema = z.object({
  type: z.literal('DissolveCluster'),
  data: z.object({ clusterId: idSchema, reason: z.string().default('') }),
  metadata: commandMetadataSchema,
})

/** Every command on clusters, tagged by `type`. */
export const clusterCommandSchema = z.discriminatedUnion('type', [
  formClusterSchema,
  joinClusterSchema,
  leaveClusterSchema,
  poolTeamSchema,
  withdrawTeamSchema,
  offerVenueSchema,
  withdrawVenueSchema,
  dissolveClusterSchema,
])

export type FormCluster = z.infer<typeof formClusterSchema>
export type JoinCluster = z.infer<typeof joinClusterSchema>
export type LeaveCluster = z.infer<typeof leaveClusterSchema>
export type PoolTeam = z.infer<typeof poolTeamSchema>
export type WithdrawTeam = z.infer<typeof withdrawTeamSchema>
export type OfferVenue = z.infer<typeof offerVenueSchema>
export type WithdrawVenue = z.infer<typeof withdrawVenueSchema>
export type DissolveCluster = z.infer<typeof dissolveClusterSchema>
export type ClusterCommand = z.infer<typeof clusterCommandSchema>
