import type { DecideResult } from '@wenming/event-store'
import type { CancelOrder, CompleteOrder, EvaluateOrder } from './commands.js'
import type { OrderError } from './errors.js'
import type { OrderEvent } from './events.js'
import type { DirectiveTaskStatus, OrderState, OrderStatus } from './state.js'

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
  // O7: every team whose task is still open gets its capacity back.
  const openTasks =
    state.tasks === null
      ? null
      : Object.entries(state.tasks)
          .filter(([, task]) => task === 'assigned' || task === 'taken')
          .map(([teamId]) => teamId)
  return {
    ok: true,
    events: [
      {
        type: 'OrderCancelled',
        data: {
          orderId,
          cancelledBy: metadata.actor.id,
          reason: data.reason,
          teamId: openTasks === null ? state.teamId : (openTasks[0] ?? null),
          ...(openTasks === null ? {} : { teamIds: openTasks }),
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
  if (state.tasks !== null) return completeTask(data, metadata, state.status, state.tasks)
  if (state.status !== 'taken') {
    return { ok: false, error: { type: 'OrderNotTaken', orderId, status: state.status } }
  }
  if (state.teamId !== teamId) {
    return {
      ok: false,
      error: { type: 'OrderHeldByAnotherTeam', orderId, teamId, heldBy: state.teamId },
    }
  }
  const field = reportProblem(report)
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

/** O5: the first field of a completion report out of range, or `null`. */
const reportProblem = (report: CompleteOrder['data']['report']) =>
  report.volunteerIds.length === 0
    ? 'volunteerIds'
    : !(report.hours >= 0)
      ? 'hours'
      : !(Number.isInteger(report.audience) && report.audience >= 0)
        ? 'audience'
        : null

/**
 * O7: a team completes its own taken task of a 定单; the last task to complete completes the 定单
 * too (`DirectiveOrderCompleted` in the same append).
 */
const completeTask = (
  { orderId, teamId, report }: CompleteOrder['data'],
  metadata: CompleteOrder['metadata'],
  status: OrderStatus,
  tasks: Readonly<Record<string, DirectiveTaskStatus>>,
): Result => {
  if (status !== 'dispatched') {
    return { ok: false, error: { type: 'OrderNotTaken', orderId, status } }
  }
  const task = tasks[teamId]
  if (task === undefined)
    return { ok: false, error: { type: 'NotADirectiveTeam', orderId, teamId } }
  if (task !== 'taken')
    return { ok: false, error: { type: 'DirectiveTaskNotOpen', orderId, teamId, task } }
  const field = reportProblem(report)
  if (field !== null)
    return { ok: false, error: { type: 'InvalidCompletionReport', orderId, field } }
  const at = metadata.now
  const completed: OrderEvent = {
    type: 'OrderCompleted',
    data: { orderId, teamId, completedBy: metadata.actor.id, report, at },
  }
  const teamIds = Object.keys(tasks)
  const last = teamIds.every((id) => id === teamId || tasks[id] === 'completed')
  return {
    ok: true,
    events: last
      ? [completed, { type: 'DirectiveOrderCompleted', data: { orderId, teamIds, at } }]
      : [completed],
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
          ...(state.tasks === null ? {} : { teamIds: Object.keys(state.tasks) }),
          ...(state.byProxy ? { onBehalf: true as const } : {}),
          at: metadata.now,
        },
      },
    ],
  }
}
