import { z } from 'zod'
import { capacitySchema } from '../shared/quantities.js'
import { commandMetadataSchema } from '../shared/command-metadata.js'
import { idSchema } from '../shared/scalars.js'
import { releaseReasonSchema, teamMemberSchema } from './events.js'

export const registerTeamSchema = z.object({
  type: z.literal('RegisterTeam'),
  data: z.object({
    teamId: idSchema,
    name: z.string().min(1),
    homeSiteId: idSchema,
    organizationId: idSchema,
    platform: z.string().min(1),
    categories: z.array(z.string().min(1)).min(1),
    capacity: capacitySchema,
    leader: teamMemberSchema,
  }),
  metadata: commandMetadataSchema,
})

export const joinTeamSchema = z.object({
  type: z.literal('JoinTeam'),
  data: z.object({ teamId: idSchema, volunteerId: idSchema, displayName: z.string().min(1) }),
  metadata: commandMetadataSchema,
})

export const leaveTeamSchema = z.object({
  type: z.literal('LeaveTeam'),
  data: z.object({ teamId: idSchema, volunteerId: idSchema }),
  metadata: commandMetadataSchema,
})

export const changeTeamCapacitySchema = z.object({
  type: z.literal('ChangeTeamCapacity'),
  data: z.object({ teamId: idSchema, capacity: capacitySchema }),
  metadata: commandMetadataSchema,
})

export const changeTeamCategoriesSchema = z.object({
  type: z.literal('ChangeTeamCategories'),
  data: z.object({ teamId: idSchema, categories: z.array(z.string().min(1)).min(1) }),
  metadata: commandMetadataSchema,
})

export const suspendTeamSchema = z.object({
  type: z.literal('SuspendTeam'),
  data: z.object({ teamId: idSchema, reason: z.string().default('') }),
  metadata: commandMetadataSchema,
})

export const reinstateTeamSchema = z.object({
  type: z.literal('ReinstateTeam'),
  data: z.object({ teamId: idSchema }),
  metadata: commandMetadataSchema,
})

export const dissolveTeamSchema = z.object({
  type: z.literal('DissolveTeam'),
  data: z.object({ teamId: idSchema, reason: z.string().default('') }),
  metadata: commandMetadataSchema,
})

export const awardTeamFlagSchema = z.object({
  type: z.literal('AwardTeamFlag'),
  data: z.object({ teamId: idSchema, awardedBySiteId: idSchema, title: z.string().min(1) }),
  metadata: commandMetadataSchema,
})

/** Sent by the dispatch process, not from outside: holds one unit of capacity for an order. */
export const reserveTeamCapacitySchema = z.object({
  type: z.literal('ReserveTeamCapacity'),
  data: z.object({
    teamId: idSchema,
    orderId: idSchema,
    /** The order's catalogue category; `null` for a free-form need or a directive order. */
    category: z.string().min(1).nullable(),
  }),
  metadata: commandMetadataSchema,
})

/** Sent by the dispatch process: frees the unit of capacity held for an order. */
export const releaseTeamCapacitySchema = z.object({
  type: z.literal('ReleaseTeamCapacity'),
  data: z.object({ teamId: idSchema, orderId: idSchema, reason: releaseReasonSchema }),
  metadata: commandMetadataSchema,
})

/** Every command a team accepts from outside, tagged by `type`. */
export const teamCommandSchema = z.discriminatedUnion('type', [
  registerTeamSchema,
  joinTeamSchema,
  leaveTeamSchema,
  changeTeamCapacitySchema,
  changeTeamCategoriesSchema,
  suspendTeamSchema,
  reinstateTeamSchema,
  dissolveTeamSchema,
  awardTeamFlagSchema,
])

/** The commands only the dispatch process sends to a team's stream (never accepted from outside). */
export const teamCapacityCommandSchema = z.discriminatedUnion('type', [
  reserveTeamCapacitySchema,
  releaseTeamCapacitySchema,
])

export type RegisterTeam = z.infer<typeof registerTeamSchema>
export type JoinTeam = z.infer<typeof joinTeamSchema>
export type LeaveTeam = z.infer<typeof leaveTeamSchema>
export type ChangeTeamCapacity = z.infer<typeof changeTeamCapacitySchema>
export type ChangeTeamCategories = z.infer<typeof changeTeamCategoriesSchema>
export type SuspendTeam = z.infer<typeof suspendTeamSchema>
export type ReinstateTeam = z.infer<typeof reinstateTeamSchema>
export type DissolveTeam = z.infer<typeof dissolveTeamSchema>
export type AwardTeamFlag = z.infer<typeof awardTeamFlagSchema>
export type ReserveTeamCapacity = z.infer<typeof reserveTeamCapacitySchema>
export type ReleaseTeamCapacity = z.infer<typeof releaseTeamCapacitySchema>
export type TeamCommand = z.infer<typeof teamCommandSchema>
export type TeamCapacityCommand = z.infer<typeof teamCapacityCommandSchema>
