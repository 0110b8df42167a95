import { z } from 'zod'
import { hoursSchema, audienceSchema, ratingSchema } from '../shared/quantities.js'
import { attributeAnswersSchema } from '../catalogue/service-attribute.js'
import { calendarDateSchema, idSchema, timestampSchema } from '../shared/scalars.js'
import { orderHolderSchema } from './holder.js'

/**
 * How the dispatched team relates to the order's site (O2, O3): its own, pooled in its cluster, a
 * team of the holding institute or one of its stations (O8), district-level, or named by a 定单.
 */
export const reachSchema = z.enum(['local', 'pooled', 'institute', 'district', 'directed'])

/** The closing report of an order (O5). */
export const completionReportSchema = z.object({
  /** The day the service was delivered. */
  date: calendarDateSchema,
  /** Ids of the volunteers who served: at least one. */
  volunteerIds: z.array(idSchema).min(1),
  /** Volunteer service hours in total. */
  hours: hoursSchema,
  /** People served or reached. */
  audience: audienceSchema,
  notes: z.string(),
})

/** 点单: a request from the catalogue (`category`) or free-form (`category: null`, `need` says what). */
export const requestOrderPlacedSchema = z.object({
  type: z.literal('RequestOrderPlaced'),
  data: z.object({
    orderId: idSchema,
    siteId: idSchema,
    /** Who placed it: the resident, or a proxy placing it on a resident's behalf. */
    requesterId: idSchema,
    /** The resident a proxy acts for (name or id as given); `null` when the requester is the resident. */
    onBehalfOf: z.string().min(1).nullable(),
    category: z.string().min(1).nullable(),
    /** Answers to the catalogue entry's questions (S1); absent when none were asked. */
    answers: attributeAnswersSchema.optional(),
    need: z.string(),
    wantedAt: timestampSchema,
    at: timestampSchema,
  }),
})

/** One task of a 定单 to several teams: the team and how it reaches the issuing site (O7). */
export const directiveTaskSchema = z.object({ teamId: idSchema, reach: reachSchema })

/**
 * 定单: issued by a centre or institute straight to a named team; to several, `tasks` names each
 * (one task per team, O7) and `teamId` / `reach` are the first task's.
 */
export const directiveOrderIssuedSchema = z.object({
  type: z.literal('DirectiveOrderIssued'),
  data: z.object({
    orderId: idSchema,
    issuingSiteId: idSchema,
    issuerId: idSchema,
    teamId: idSchema,
    reach: reachSchema,
    tasks: z.array(directiveTaskSchema).min(2).optional(),
    theme: z.string().min(1),
    description: z.string(),
    dueDate: calendarDateSchema,
    at: timestampSchema,
  }),
})

export const orderAcceptedSchema = z.object({
  type: z.literal('OrderAccepted'),
  data: z.object({
    orderId: idSchema,
    acceptedBy: idSchema,
    /** The level that accepted and now holds the order (O8); absent in older events: the centre. */
    holder: orderHolderSchema.optional(),
    at: timestampSchema,
  }),
})

/** O8: the holder passes an accepted order it cannot serve one level up, with a reason. */
export const orderEscalatedSchema = z.object({
  type: z.literal('OrderEscalated'),
  data: z.object({
    orderId: idSchema,
    from: orderHolderSchema,
    to: orderHolderSchema,
    reason: z.string().min(1),
    by: idSchema,
    at: timestampSchema,
  }),
})

export const orderRejectedSchema = z.object({
  type: z.literal('OrderRejected'),
  data: z.object({
    orderId: idSchema,
    rejectedBy: idSchema,
    reason: z.string().min(1),
    at: timestampSchema,
  }),
})

export const orderDispatchedSchema = z.object({
  type: z.literal('OrderDispatched'),
  data: z.object({
    orderId: idSchema,
    teamId: idSchema,
    reach: reachSchema,
    dispatchedBy: idSchema,
    at: timestampSchema,
  }),
})

/** A re-dispatch after the SLA ran out without a take (O6): history keeps both dispatches. */
export const orderRedispatchedSchema = z.object({
  type: z.literal('OrderRedispatched'),
  data: z.object({
    orderId: idSchema,
    previousTeamId: idSchema,
    teamId: idSchema,
    reach: reachSchema,
    dispatchedBy: idSchema,
    at: timestampSchema,
  }),
})

export const orderTakenSchema = z.object({
  type: z.literal('OrderTaken'),
  data: z.object({ orderId: idSchema, teamId: idSchema, takenBy: idSchema, at: timestampSchema }),
})

export const orderDeclinedSchema = z.object({
  type: z.literal('OrderDeclined'),
  data: z.object({
    orderId: idSchema,
    teamId: idSchema,
    declinedBy: idSchema,
    reason: z.string().min(1),
    at: timestampSchema,
  }),
})

export const orderCancelledSchema = z.object({
  type: z.literal('OrderCancelled'),
  data: z.object({
    orderId: idSchema,
    cancelledBy: idSchema,
    reason: z.string(),
    /** The team that held the order when it was cancelled, whose reservation is released. */
    teamId: idSchema.nullable(),
    /** For a 定单 to several teams: every team whose task was still open, each released (O7). */
    teamIds: z.array(idSchema).optional(),
    at: timestampSchema,
  }),
})

export const orderCompletedSchema = z.object({
  type: z.literal('OrderCompleted'),
  data: z.object({
    orderId: idSchema,
    teamId: idSchema,
    completedBy: idSchema,
    report: completionReportSchema,
    at: timestampSchema,
  }),
})

export const orderEvaluatedSchema = z.object({
  type: z.literal('OrderEvaluated'),
  data: z.object({
    orderId: idSchema,
    teamId: idSchema,
    evaluatedBy: idSchema,
    rating: ratingSchema,
    comment: z.string(),
    /** For a 定单 to several teams: every team it credits (O7); `teamId` is the first. */
    teamIds: z.array(idSchema).optional(),
    /** O9: the proxy evaluated a proxy order on behalf of the person served; absent otherwise. */
    onBehalf: z.literal(true).optional(),
    at: timestampSchema,
  }),
})

/** A 定单 to several teams is complete: every task is (O7). Recorded with the last completion. */
export const directiveOrderCompletedSchema = z.object({
  type: z.literal('DirectiveOrderCompleted'),
  data: z.object({ orderId: idSchema, teamIds: z.array(idSchema).min(2), at: timestampSchema }),
})

/** Every event of an order's stream, tagged by `type`. */
export const orderEventSchema = z.discriminatedUnion('type', [
  requestOrderPlacedSchema,
  directiveOrderIssuedSchema,
  orderAcceptedSchema,
  orderRejectedSchema,
  orderEscalatedSchema,
  orderDispatchedSchema,
  orderRedispatchedSchema,
  orderTakenSchema,
  orderDeclinedSchema,
  orderCancelledSchema,
  orderCompletedSchema,
  orderEvaluatedSchema,
  directiveOrderCompletedSchema,
])

export type Reach = z.infer<typeof reachSchema>
export type CompletionReport = z.infer<typeof completionReportSchema>
export type RequestOrderPlaced = z.infer<typeof requestOrderPlacedSchema>
export type DirectiveOrderIssued = z.infer<typeof directiveOrderIssuedSchema>
export type OrderAccepted = z.infer<typeof orderAcceptedSchema>
export type OrderRejected = z.infer<typeof orderRejectedSchema>
export type OrderEscalated = z.infer<typeof orderEscalatedSchema>
export type OrderDispatched = z.infer<typeof orderDispatchedSchema>
export type OrderRedispatched = z.infer<typeof orderRedispatchedSchema>
export type OrderTaken = z.infer<typeof orderTakenSchema>
export type OrderDeclined = z.infer<typeof orderDeclinedSchema>
export type OrderCancelled = z.infer<typeof orderCancelledSchema>
export type OrderCompleted = z.infer<typeof orderCompletedSchema>
export type OrderEvaluated = z.infer<typeof orderEvaluatedSchema>
export type DirectiveTask = z.infer<typeof directiveTaskSchema>
export type DirectiveOrderCompleted = z.infer<typeof directiveOrderCompletedSchema>
export type OrderEvent = z.infer<typeof orderEventSchema>

/** The schema version of each order event type, stored in every event's `metadata.schemaVersion`. */
export const orderEventSchemaVersions: Readonly<Record<OrderEvent['type'], number>> = {
  RequestOrderPlaced: 1,
  DirectiveOrderIssued: 1,
  OrderAccepted: 1,
  OrderRejected: 1,
  OrderEscalated: 1,
  OrderDispatched: 1,
  OrderRedispatched: 1,
  OrderTaken: 1,
  OrderDeclined: 1,
  OrderCancelled: 1,
  OrderCompleted: 1,
  OrderEvaluated: 1,
  DirectiveOrderCompleted: 1,
}
