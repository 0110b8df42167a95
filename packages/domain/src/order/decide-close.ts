import type { DecideResult } from '@wenming/event-store'
import type { CancelOrder, CompleteOrder, EvaluateOrder } from './commands.js'
import type { OrderError } from './errors.js'
import type { OrderEvent } from './events.js'
import type { OrderState } from './state.js'

type Result = DecideResult<OrderEvent, OrderError>

const open = new Set(['placed', 'accepted', 'dispatched', 'taken'])

/** Cancel: only the requester (issuer), and only before completion (O1). */
export const decideCancel = ({ data, metadata }: CancelOrder, state: OrderState): Result => {
  const { orderId } = data
  if (state.status === 'none') return { ok: false, error: { type: 'OrderNotFound', orderId } }
  if (!open.has(state.status)) {
    return { ok: false, error: { type: 'OrderClosed', orderId, status: state.status } }
  }
  if (state.ownerId !== metadata.actor.id) {
    return { ok: false, error: { type: 'NotOrderOwner', orderId, actorId: metadata.actor.id } }
  }
  return {
    ok: true,
    events: [
      {
        type: 'OrderCancelled',
        data: {
          orderId,
          cancelledBy: metadata.actor.id,
          reason: data.reason,
          teamId: state.teamId,
          at: metadata.now,
        },
      },
    ],
  }
}

/** 结项: the team that took the order closes it with a report (O2, O5). */
export const decideComplete = ({ data, metadata }: CompleteOrder, state: OrderState): Result => {
  const { orderId, teamId, report } = data
  if (state.status === 'none') return { ok: false, error: { type: 'OrderNotFound', orderId } }
  if (state.status !== 'taken') {
    return { ok: false, error: { type: 'OrderNotTaken', orderId, status: state.status } }
  }
  if (state.teamId !== teamId) {
    return {
      ok: false,
      error: { type: 'OrderHeldByAnotherTeam', orderId, teamId, heldBy: state.teamId },
    }
  }
  const field =
    report.volunteerIds.length === 0
      ? 'volunteerIds'
      : !(report.hours >= 0)
        ? 'hours'
        : !(Number.isInteger(report.audience) && report.audience >= 0)
          ? 'audience'
          : null
  if (field !== null)
    return { ok: false, error: { type: 'InvalidCompletionReport', orderId, field } }
  return {
    ok: true,
    events: [
      {
        type: 'OrderCompleted',
        data: { orderId, teamId, completedBy: metadata.actor.id, report, at: metadata.now },
      },
    ],
  }
}

/**
 * 评单: the requester (issuer) rates a completed order once, 1 to 5 (O4); for a proxy order the
 * proxy rates it on behalf of the person served, and the evaluation says so (O9).
 */
export const decideEvaluate = ({ data, metadata }: EvaluateOrder, state: OrderState): Result => {
  const { orderId, rating } = data
  if (state.status === 'none') return { ok: false, error: { type: 'OrderNotFound', orderId } }
  if (state.status === 'evaluated')
    return { ok: false, error: { type: 'OrderAlreadyEvaluated', orderId } }
  if (state.status !== 'completed' || state.teamId === null) {
    return { ok: false, error: { type: 'OrderNotCompleted', orderId, status: state.status } }
  }
  if (state.ownerId !== metadata.actor.id) {
    return { ok: false, error: { type: 'NotOrderOwner', orderId, actorId: metadata.actor.id } }
  }
  if (!(Number.isInteger(rating) && rating >= 1 && rating <= 5)) {
    return { ok: false, error: { type: 'InvalidRating', orderId, rating } }
  }
  return {
    ok: true,
    events: [
      {
        type: 'OrderEvaluated',
        data: {
          orderId,
          teamId: state.teamId,
          evaluatedBy: metadata.actor.id,
          rating,
          comment: data.comment,
          ...(state.byProxy ? { onBehalf: true as const } : {}),
          at: metadata.now,
        },
      },
    ],
  }
}
