import { z } from 'zod'
import { ratingSchema } from '../shared/quantities.js'
import { commandMetadataSchema } from '../shared/command-metadata.js'
import { calendarDateSchema, idSchema, timestampSchema } from '../shared/scalars.js'
import { attributeAnswersSchema } from '../catalogue/service-attribute.js'
import { completionReportSchema } from './events.js'
import { holderLevelSchema } from './holder.js'

/**
 * 点单: `category` names an active entry of the district's catalogue and `answers` its questions
 * (S1), or `category` is `null` with a free-form `need`.
 */
export const placeRequestOrderSchema = z.object({
  type: z.literal('PlaceRequestOrder'),
  data: z
    .object({
      orderId: idSchema,
      siteId: idSchema,
      onBehalfOf: z.string().min(1).nullable().default(null),
      category: z.string().min(1).nullable(),
      /** Answers to the entry's questions by attribute code (Open311 style). */
      answers: attributeAnswersSchema.optional(),
      need: z.string().default(''),
      wantedAt: timestampSchema,
    })
    .refine((data) => data.category !== null || data.need.trim().length > 0, {
      message: 'A free-form order (category null) needs a non-empty need',
      path: ['need'],
    }),
  metadata: commandMetadataSchema,
})

/** The most teams one 定单 names (O7). */
export const DIRECTIVE_MAX_TEAMS = 20

/**
 * 定单: a centre or institute issues an order straight to named teams: one (`teamId`), or several
 * (`teamIds`), each of which gets a task of its own (O7).
 */
export const issueDirectiveOrderSchema = z.object({
  type: z.literal('IssueDirectiveOrder'),
  data: z
    .object({
      orderId: idSchema,
      issuingSiteId: idSchema,
      teamId: idSchema.optional(),
      teamIds: z.array(idSchema).min(1).max(DIRECTIVE_MAX_TEAMS).optional(),
      theme: z.string().min(1),
      description: z.string().default(''),
      dueDate: calendarDateSchema,
    })
    .refine((data) => (data.teamId === undefined) !== (data.teamIds === undefined), {
      message: 'name the team (teamId) or the teams (teamIds), not both',
      path: ['teamIds'],
    })
    .refine((data) => new Set(data.teamIds ?? []).size === (data.teamIds ?? []).length, {
      message: 'each team once',
      path: ['teamIds'],
    }),
  metadata: commandMetadataSchema,
})

/** The teams a 定单 names, in the order given. */
export const directiveTeamIds = (data: {
  readonly teamId?: string | undefined
  readonly teamIds?: readonly string[] | undefined
}): readonly string[] => data.teamIds ?? (data.teamId === undefined ? [] : [data.teamId])

/**
 * 受理: the level that accepts holds the order (O8): the order's station, its institute, or the
 * centre when `holder` is left out.
 */
export const acceptOrderSchema = z.object({
  type: z.literal('AcceptOrder'),
  data: z.object({ orderId: idSchema, holder: holderLevelSchema.optional() }),
  metadata: commandMetadataSchema,
})

/** O8: the holder of an accepted order passes it one level up, saying why it cannot serve it. */
export const escalateOrderSchema = z.object({
  type: z.literal('EscalateOrder'),
  data: z.object({ orderId: idSchema, reason: z.string().trim().min(1) }),
  metadata: commandMetadataSchema,
})

export const rejectOrderSchema = z.object({
  type: z.literal('RejectOrder'),
  data: z.object({ orderId: idSchema, reason: z.string().min(1) }),
  metadata: commandMetadataSchema,
})

export const dispatchOrderSchema = z.object({
  type: z.literal('DispatchOrder'),
  data: z.object({ orderId: idSchema, teamId: idSchema }),
  metadata: commandMetadataSchema,
})

/** Dispatch again, to another team, once the SLA of the current dispatch ran out (O6). */
export const redispatchOrderSchema = z.object({
  type: z.literal('RedispatchOrder'),
  data: z.object({ orderId: idSchema, teamId: idSchema }),
  metadata: commandMetadataSchema,
})

/** The dispatched team takes the order (接单); `teamId` is the team the actor answers for. */
export const takeOrderSchema = z.object({
  type: z.literal('TakeOrder'),
  data: z.object({ orderId: idSchema, teamId: idSchema }),
  metadata: commandMetadataSchema,
})

/** The dispatched team declines the order (退单) with a reason. */
export const declineOrderSchema = z.object({
  type: z.literal('DeclineOrder'),
  data: z.object({ orderId: idSchema, teamId: idSchema, reason: z.string().min(1) }),
  metadata: commandMetadataSchema,
})

/** The requester (issuer, for a directive order) cancels before completion. */
export const cancelOrderSchema = z.object({
  type: z.literal('CancelOrder'),
  data: z.object({ orderId: idSchema, reason: z.string().default('') }),
  metadata: commandMetadataSchema,
})

export const completeOrderSchema = z.object({
  type: z.literal('CompleteOrder'),
  data: z.object({ orderId: idSchema, teamId: idSchema, report: completionReportSchema }),
  metadata: commandMetadataSchema,
})

export const evaluateOrderSchema = z.object({
  type: z.literal('EvaluateOrder'),
  data: z.object({
    orderId: idSchema,
    rating: ratingSchema,
    comment: z.string().default(''),
  }),
  metadata: commandMetadataSchema,
})

/** Every command on orders, tagged by `type`. */
export const orderCommandSchema = z.discriminatedUnion('type', [
  placeRequestOrderSchema,
  issueDirectiveOrderSchema,
  acceptOrderSchema,
  rejectOrderSchema,
  escalateOrderSchema,
  dispatchOrderSchema,
  redispatchOrderSchema,
  takeOrderSchema,
  declineOrderSchema,
  cancelOrderSchema,
  completeOrderSchema,
  evaluateOrderSchema,
])

export type PlaceRequestOrder = z.infer<typeof placeRequestOrderSchema>
export type IssueDirectiveOrder = z.infer<typeof issueDirectiveOrderSchema>
export type AcceptOrder = z.infer<typeof acceptOrderSchema>
export type RejectOrder = z.infer<typeof rejectOrderSchema>
export type EscalateOrder = z.infer<typeof escalateOrderSchema>
export type DispatchOrder = z.infer<typeof dispatchOrderSchema>
export type RedispatchOrder = z.infer<typeof redispatchOrderSchema>
export type TakeOrder = z.infer<typeof takeOrderSchema>
export type DeclineOrder = z.infer<typeof declineOrderSchema>
export type CancelOrder = z.infer<typeof cancelOrderSchema>
export type CompleteOrder = z.infer<typeof completeOrderSchema>
export type EvaluateOrder = z.infer<typeof evaluateOrderSchema>
export type OrderCommand = z.infer<typeof orderCommandSchema>
