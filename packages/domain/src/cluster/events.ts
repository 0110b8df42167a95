import { z } from 'zod'
import { audienceSchema, volunteerCountSchema } from '../shared/quantities.js'
import { calendarDateSchema, idSchema, timestampSchema } from '../shared/scalars.js'

/** Why a team left a cluster's pool: withdrawn by command, or its home site left (C2). */
export const teamWithdrawalReasonSchema = z.enum(['withdrawn', 'site-left', 'dissolved'])

/** 五联共建: a cluster formed with a lead site and at least two other member sites (C3). */
export const clusterFormedSchema = z.object({
  type: z.literal('ClusterFormed'),
  data: z.object({
    clusterId: idSchema,
    name: z.string().min(1),
    leadSiteId: idSchema,
    /** The member sites besides the lead: at least two. */
    memberSiteIds: z.array(idSchema).min(2),
    at: timestampSchema,
  }),
})

export const clusterSiteJoinedSchema = z.object({
  type: z.literal('ClusterSiteJoined'),
  data: z.object({ clusterId: idSchema, siteId: idSchema, at: timestampSchema }),
})

/** A member site left; its pooled teams leave in `ClusterTeamWithdrawn` events of the same append. */
export const clusterSiteLeftSchema = z.object({
  type: z.literal('ClusterSiteLeft'),
  data: z.object({ clusterId: idSchema, siteId: idSchema, at: timestampSchema }),
})

export const clusterTeamPooledSchema = z.object({
  type: z.literal('ClusterTeamPooled'),
  data: z.object({
    clusterId: idSchema,
    teamId: idSchema,
    homeSiteId: idSchema,
    at: timestampSchema,
  }),
})

export const clusterTeamWithdrawnSchema = z.object({
  type: z.literal('ClusterTeamWithdrawn'),
  data: z.object({
    clusterId: idSchema,
    teamId: idSchema,
    homeSiteId: idSchema,
    reason: teamWithdrawalReasonSchema,
    at: timestampSchema,
  }),
})

/** 阵地联用: a member site offers a venue to the cluster. */
export const clusterVenueOfferedSchema = z.object({
  type: z.literal('ClusterVenueOffered'),
  data: z.object({
    clusterId: idSchema,
    venueId: idSchema,
    siteId: idSchema,
    name: z.string().min(1),
    at: timestampSchema,
  }),
})

export const clusterVenueWithdrawnSchema = z.object({
  type: z.literal('ClusterVenueWithdrawn'),
  data: z.object({ clusterId: idSchema, venueId: idSchema, siteId: idSchema, at: timestampSchema }),
})

/** 活动联办: a joint activity hosted by a member site, credited to the cluster and the host (C4). */
export const clusterJointActivityRecordedSchema = z.object({
  type: z.literal('ClusterJointActivityRecorded'),
  data: z.object({
    clusterId: idSchema,
    activityId: idSchema,
    title: z.string().min(1),
    hostSiteId: idSchema,
    coOrganizingSiteIds: z.array(idSchema),
    teamIds: z.array(idSchema),
    date: calendarDateSchema,
    /** Number of volunteers who served. */
    volunteers: volunteerCountSchema(0),
    /** Number of people reached. */
    audience: audienceSchema,
    at: timestampSchema,
  }),
})

/** The cluster is dissolved: every member site is released (C3). */
export const clusterDissolvedSchema = z.object({
  type: z.literal('ClusterDissolved'),
  data: z.object({
    clusterId: idSchema,
    /** The lead and member sites released, whose site streams the process then releases. */
    releasedSiteIds: z.array(idSchema),
    reason: z.string(),
    at: timestampSchema,
  }),
})

/** Every event of a cluster's stream, tagged by `type`. */
export const clusterEventSchema = z.discriminatedUnion('type', [
  clusterFormedSchema,
  clusterSiteJoinedSchema,
  clusterSiteLeftSchema,
  clusterTeamPooledSchema,
  clusterTeamWithdrawnSchema,
  clusterVenueOfferedSchema,
  clusterVenueWithdrawnSchema,
  clusterJointActivityRecordedSchema,
  clusterDissolvedSchema,
])

export type TeamWithdrawalReason = z.infer<typeof teamWithdrawalReasonSchema>
export type ClusterFormed = z.infer<typeof clusterFormedSchema>
export type ClusterSiteJoined = z.infer<typeof clusterSiteJoinedSchema>
export type ClusterSiteLeft = z.infer<typeof clusterSiteLeftSchema>
export type ClusterTeamPooled = z.infer<typeof clusterTeamPooledSchema>
export type ClusterTeamWithdrawn = z.infer<typeof clusterTeamWithdrawnSchema>
export type ClusterVenueOffered = z.infer<typeof clusterVenueOfferedSchema>
export type ClusterVenueWithdrawn = z.infer<typeof clusterVenueWithdrawnSchema>
export type ClusterJointActivityRecorded = z.infer<typeof clusterJointActivityRecordedSchema>
export type ClusterDissolved = z.infer<typeof clusterDissolvedSchema>
export type ClusterEvent = z.infer<typeof clusterEventSchema>

/** The schema version of each cluster event type, stored in every event's `metadata.schemaVersion`. */
export const clusterEventSchemaVersions: Readonly<Record<ClusterEvent['type'], number>> = {
  ClusterFormed: 1,
  ClusterSiteJoined: 1,
  ClusterSiteLeft: 1,
  ClusterTeamPooled: 1,
  ClusterTeamWithdrawn: 1,
  ClusterVenueOffered: 1,
  ClusterVenueWithdrawn: 1,
  ClusterJointActivityRecorded: 1,
  ClusterDissolved: 1,
}
