import { z } from 'zod'
import { hoursSchema, audienceSchema, volunteerCountSchema } from '../shared/quantities.js'
import { calendarDateSchema, idSchema, timestampSchema } from '../shared/scalars.js'
import { activityKindSchema } from './activity-kind.js'
import { yearMonthSchema } from './year-month.js'

const activityDetails = {
  activityId: idSchema,
  title: z.string().min(1),
  kind: activityKindSchema,
  /** The organising site; reports join it with site events to count activities by level. */
  organizerSiteId: idSchema,
  /** The cluster (五联共建) a joint activity is credited to, besides its host site. */
  clusterId: idSchema.optional(),
  /** The cluster's shared venue (阵地联用) it is held at, for a joint activity. */
  venueId: idSchema.optional(),
  /** Which festival, for a `festival` activity (春节, 元宵, 清明, 端午, 七夕, 中秋, 重阳, ...). */
  festival: z.string().min(1).optional(),
  /** Which intersection, for a `traffic_persuasion` activity. */
  intersection: z.string().min(1).optional(),
  /** The monthly theme the activity carries (`YYYY-MM`); required for a `themed` activity. */
  themeMonth: yearMonthSchema.optional(),
}

/** An activity was planned by a site (and teams) for a date. */
export const activityPlannedSchema = z.object({
  type: z.literal('ActivityPlanned'),
  data: z.object({
    ...activityDetails,
    teamIds: z.array(idSchema).readonly(),
    plannedDate: calendarDateSchema,
    by: idSchema,
    at: timestampSchema,
  }),
})

/**
 * An activity was held; it repeats the plan's details so that a report counts it from this event
 * alone, and its report fields have the names of an order's completion report.
 */
export const activityHeldSchema = z.object({
  type: z.literal('ActivityHeld'),
  data: z.object({
    ...activityDetails,
    teamIds: z.array(idSchema).readonly(),
    /** The day it was held (`YYYY-MM-DD`): reports take the year from here. */
    date: calendarDateSchema,
    volunteers: volunteerCountSchema(1),
    hours: hoursSchema,
    audience: audienceSchema,
    notes: z.string(),
    by: idSchema,
    at: timestampSchema,
  }),
})

/** A planned activity was called off. */
export const activityCancelledSchema = z.object({
  type: z.literal('ActivityCancelled'),
  data: z.object({
    activityId: idSchema,
    reason: z.string().min(1),
    by: idSchema,
    at: timestampSchema,
  }),
})

/** Every event of an `activity-<id>` stream, tagged by `type`. */
export const activityEventSchema = z.discriminatedUnion('type', [
  activityPlannedSchema,
  activityHeldSchema,
  activityCancelledSchema,
])

/** An `ActivityPlanned` event. */
export type ActivityPlanned = z.infer<typeof activityPlannedSchema>
/** An `ActivityHeld` event. */
export type ActivityHeld = z.infer<typeof activityHeldSchema>
/** An `ActivityCancelled` event. */
export type ActivityCancelled = z.infer<typeof activityCancelledSchema>
/** An event of an activity stream. */
export type ActivityEvent = z.infer<typeof activityEventSchema>
/** The type tag of an activity event. */
export type ActivityEventType = ActivityEvent['type']

/** The schema version of each activity event type, written into event metadata. */
export const activityEventSchemaVersions: Record<ActivityEventType, number> = {
  ActivityPlanned: 1,
  ActivityHeld: 1,
  ActivityCancelled: 1,
}
