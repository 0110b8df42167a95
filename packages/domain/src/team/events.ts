import { z } from 'zod'
import { capacitySchema } from '../shared/quantities.js'
import { idSchema, timestampSchema } from '../shared/scalars.js'
import { siteLevelSchema } from '../shared/site-level.js'

/** A volunteer as a team knows them: an id and a display name (no other personal data). */
export const teamMemberSchema = z.object({
  volunteerId: idSchema,
  displayName: z.string().min(1),
})

/** Why a reservation of team capacity ended. */
export const releaseReasonSchema = z.enum([
  'declined',
  'cancelled',
  'completed',
  'redispatched',
  'dispatch-failed',
])

export const teamRegisteredSchema = z.object({
  type: z.literal('TeamRegistered'),
  data: z.object({
    teamId: idSchema,
    name: z.string().min(1),
    homeSiteId: idSchema,
    /**
     * The home site's level when the team was registered (a site's level never changes), so a
     * dispatch tells a district team without reading the home site; absent in older events.
     */
    homeSiteLevel: siteLevelSchema.optional(),
    /** The district (its centre's id, D1) of the home site when the team was registered; absent in older events. */
    homeDistrictId: idSchema.optional(),
    organizationId: idSchema,
    /** The service platform (7+N) the team is grouped under: data, not code. */
    platform: z.string().min(1),
    /** Service categories (catalogue category codes) the team serves. */
    categories: z.array(z.string().min(1)).min(1),
    /** Active orders the team can hold at once (T1). */
    capacity: capacitySchema,
    leader: teamMemberSchema,
    at: timestampSchema,
  }),
})

export const teamMemberJoinedSchema = z.object({
  type: z.literal('TeamMemberJoined'),
  data: z.object({
    teamId: idSchema,
    volunteerId: idSchema,
    displayName: z.string().min(1),
    at: timestampSchema,
  }),
})

export const teamMemberLeftSchema = z.object({
  type: z.literal('TeamMemberLeft'),
  data: z.object({ teamId: idSchema, volunteerId: idSchema, at: timestampSchema }),
})

export const teamCapacityChangedSchema = z.object({
  type: z.literal('TeamCapacityChanged'),
  data: z.object({ teamId: idSchema, capacity: capacitySchema, at: timestampSchema }),
})

export const teamCategoriesChangedSchema = z.object({
  type: z.literal('TeamCategoriesChanged'),
  data: z.object({
    teamId: idSchema,
    categories: z.array(z.string().min(1)).min(1),
    at: timestampSchema,
  }),
})

export const teamSuspendedSchema = z.object({
  type: z.literal('TeamSuspended'),
  data: z.object({ teamId: idSchema, reason: z.string(), at: timestampSchema }),
})

export const teamReinstatedSchema = z.object({
  type: z.literal('TeamReinstated'),
  data: z.object({ teamId: idSchema, at: timestampSchema }),
})

export const teamDissolvedSchema = z.object({
  type: z.literal('TeamDissolved'),
  data: z.object({ teamId: idSchema, reason: z.string(), at: timestampSchema }),
})

/** 授旗: the flag award to a team. */
export const teamFlagAwardedSchema = z.object({
  type: z.literal('TeamFlagAwarded'),
  data: z.object({
    teamId: idSchema,
    /** The site that awards the flag. */
    awardedBySiteId: idSchema,
    title: z.string().min(1),
    at: timestampSchema,
  }),
})

/** One unit of the team's capacity held for an order being dispatched to it (T1). */
export const teamCapacityReservedSchema = z.object({
  type: z.literal('TeamCapacityReserved'),
  data: z.object({ teamId: idSchema, orderId: idSchema, at: timestampSchema }),
})

export const teamCapacityReleasedSchema = z.object({
  type: z.literal('TeamCapacityReleased'),
  data: z.object({
    teamId: idSchema,
    orderId: idSchema,
    reason: releaseReasonSchema,
    at: timestampSchema,
  }),
})

/** Every event of a team's stream, tagged by `type`. */
export const teamEventSchema = z.discriminatedUnion('type', [
  teamRegisteredSchema,
  teamMemberJoinedSchema,
  teamMemberLeftSchema,
  teamCapacityChangedSchema,
  teamCategoriesChangedSchema,
  teamSuspendedSchema,
  teamReinstatedSchema,
  teamDissolvedSchema,
  teamFlagAwardedSchema,
  teamCapacityReservedSchema,
  teamCapacityReleasedSchema,
])

export type TeamMember = z.infer<typeof teamMemberSchema>
export type ReleaseReason = z.infer<typeof releaseReasonSchema>
export type TeamRegistered = z.infer<typeof teamRegisteredSchema>
export type TeamMemberJoined = z.infer<typeof teamMemberJoinedSchema>
export type TeamMemberLeft = z.infer<typeof teamMemberLeftSchema>
export type TeamCapacityChanged = z.infer<typeof teamCapacityChangedSchema>
export type TeamCategoriesChanged = z.infer<typeof teamCategoriesChangedSchema>
export type TeamSuspended = z.infer<typeof teamSuspendedSchema>
export type TeamReinstated = z.infer<typeof teamReinstatedSchema>
export type TeamDissolved = z.infer<typeof teamDissolvedSchema>
export type TeamFlagAwarded = z.infer<typeof teamFlagAwardedSchema>
export type TeamCapacityReserved = z.infer<typeof teamCapacityReservedSchema>
export type TeamCapacityReleased = z.infer<typeof teamCapacityReleasedSchema>
export type TeamEvent = z.infer<typeof teamEventSchema>

/** The schema version of each team event type, stored in every event's `metadata.schemaVersion`. */
export const teamEventSchemaVersions: Readonly<Record<TeamEvent['type'], number>> = {
  TeamRegistered: 1,
  TeamMemberJoined: 1,
  TeamMemberLeft: 1,
  TeamCapacityChanged: 1,
  TeamCategoriesChanged: 1,
  TeamSuspended: 1,
  TeamReinstated: 1,
  TeamDissolved: 1,
  TeamFlagAwarded: 1,
  TeamCapacityReserved: 1,
  TeamCapacityReleased: 1,
}
