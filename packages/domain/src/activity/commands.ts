import { z } from 'zod'
import { hoursSchema, audienceSchema, volunteerCountSchema } from '../shared/quantities.js'
import { commandMetadataSchema } from '../shared/command-metadata.js'
import { calendarDateSchema, idSchema } from '../shared/scalars.js'
import { activityKindSchema } from './activity-kind.js'
import { yearMonthSchema } from './year-month.js'

/** Plan an activity: what, which kind, the organising site and teams, and the planned date. */
export const planActivitySchema = z.object({
  type: z.literal('PlanActivity'),
  data: z.object({
    activityId: idSchema,
    title: z.string().min(1),
    kind: activityKindSchema,
    organizerSiteId: idSchema,
    teamIds: z.array(idSchema).readonly(),
    plannedDate: calendarDateSchema,
    /** The cluster (五联共建) a joint activity is credited to besides its host (C4). */
    clusterId: idSchema.optional(),
    /** The cluster's shared venue it is held at (阵地联用); only with `clusterId`. */
    venueId: idSchema.optional(),
    festival: z.string().min(1).optional(),
    intersection: z.string().min(1).optional(),
    themeMonth: yearMonthSchema.optional(),
  }),
  metadata: commandMetadataSchema,
})

/**
 * Report a planned activity as held: the date, the teams that took part, volunteers (>= 1), hours
 * (>= 0), audience (>= 0) and notes, named as in an order's completion report.
 */
export const holdActivitySchema = z.object({
  type: z.literal('HoldActivity'),
  data: z.object({
    activityId: idSchema,
    date: calendarDateSchema,
    teamIds: z.array(idSchema).readonly(),
    volunteers: volunteerCountSchema(1),
    hours: hoursSchema,
    audience: audienceSchema,
    notes: z.string(),
  }),
  metadata: commandMetadataSchema,
})

/** Call off a planned activity, with a reason. */
export const cancelActivitySchema = z.object({
  type: z.literal('CancelActivity'),
  data: z.object({
    activityId: idSchema,
    reason: z.string().min(1),
  }),
  metadata: commandMetadataSchema,
})

/** Every command of the activity aggregate, tagged by `type`. */
export const activityCommandSchema = z.discriminatedUnion('type', [
  planActivitySchema,
  holdActivitySchema,
  cancelActivitySchema,
])

/** A `PlanActivity` command. */
export type PlanActivity = z.infer<typeof planActivitySchema>
/** A `HoldActivity` command. */
export type HoldActivity = z.infer<typeof holdActivitySchema>
/** A `CancelActivity` command. */
export type CancelActivity = z.infer<typeof cancelActivitySchema>
/** A command to the activity aggregate. */
export type ActivityCommand = z.infer<typeof activityCommandSchema>
