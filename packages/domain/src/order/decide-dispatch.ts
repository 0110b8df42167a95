import type { DecideResult } from '@wenming/event-store'
import type { DeclineOrder, TakeOrder } from './commands.js'
import type { OrderError } from './errors.js'
import type { OrderEvent, Reach } from './events.js'
import type {
  DispatchOrderWithReach,
  EligibleReach,
  RedispatchOrderWithReach,
} from './order-commands-with-facts.js'
import { isWithinHolderReach } from './holder-reach.js'
import { DISPATCH_SLA_HOURS, type ExistingOrder, type OrderState } from './state.js'

type Result = DecideResult<OrderEvent, OrderError>

const HOUR_MS = 3_600_000

/** O3: a request order needs an eligible reach; a directive order may go to any named team. */
const reachFor = (order: ExistingOrder, reach: EligibleReach): Reach | null =>
  reach ?? (order.kind === 'directive' ? 'directed' : null)

/** O3 and O8: the reach to record, or why the team is refused. */
const checkReach = (
  order: ExistingOrder,
  teamId: string,
  eligible: EligibleReach,
): { reach: Reach } | { error: OrderError } => {
  const { orderId } = order
  const reach = reachFor(order, eligible)
  if (reach === null) return { error: { type: 'TeamOutOfReach', orderId, teamId } }
  const holder = order.holder
  if (holder !== null && !isWithinHolderReach(holder.level, reach)) {
    return {
      error: { type: 'TeamBeyondHolderReach', orderId, teamId, holder: holder.level, reach },
    }
  }
  return { reach }
}

/** 派单: dispatch an accepted order (or a declined one, back to accepted) to a team within reach. */
export const decideDispatch = (
  { data, metadata, facts }: DispatchOrderWithReach,
  state: OrderState,
): Result => {
  const { orderId, teamId } = data
  if (state.status === 'none') return { ok: false, error: { type: 'OrderNotFound', orderId } }
  if (state.status !== 'accepted') {
    return { ok: false, error: { type: 'OrderNotAccepted', orderId, status: state.status } }
  }
  const checked = checkReach(state, teamId, facts.reach)
  if ('error' in checked) return { ok: false, error: checked.error }
  const { reach } = checked
  return {
    ok: true,
    events: [
      {
        type: 'OrderDispatched',
        data: { orderId, teamId, reach, dispatchedBy: metadata.actor.id, at: metadata.now },
      },
    ],
  }
}

/** O6: re-dispatch to another team once the current dispatch waited its SLA without a take. */
export const decideRedispatch = (
  { data, metadata, facts }: RedispatchOrderWithReach,
  state: OrderState,
): Result => {
  const { orderId, teamId } = data
  if (state.status === 'none') return { ok: false, error: { type: 'OrderNotFound', orderId } }
  if (state.status !== 'dispatched' || state.teamId === null || state.dispatchedAt === null) {
    return { ok: false, error: { type: 'OrderNotDispatched', orderId, status: state.status } }
  }
  if (state.tasks !== null) return { ok: false, error: { type: 'DirectiveHasTasks', orderId } }
  if (state.teamId === teamId)
    return { ok: false, error: { type: 'RedispatchToSameTeam', orderId, teamId } }
  const elapsed = Date.parse(metadata.now) - Date.parse(state.dispatchedAt)
  if (!(elapsed >= DISPATCH_SLA_HOURS * HOUR_MS)) {
    return {
      ok: false,
      error: {
        type: 'DispatchSlaNotElapsed',
        orderId,
        dispatchedAt: state.dispatchedAt,
        slaHours: DISPATCH_SLA_HOURS,
      },
    }
  }
  const checked = checkReach(state, teamId, facts.reach)
  if ('error' in checked) return { ok: false, error: checked.error }
  const { reach } = checked
  return {
    ok: true,
    events: [
      {
        type: 'OrderRedispatched',
        data: {
          orderId,
          previousTeamId: state.teamId,
          teamId,
          reach,
          dispatchedBy: metadata.actor.id,
          at: metadata.now,
        },
      },
    ],
  }
}

/** 接单 / 退单: only the team the order is dispatched to answers (O2). */
export const decideAnswer = (command: TakeOrder | DeclineOrder, state: OrderState): Result => {
  const { orderId, teamId } = command.data
  if (state.status === 'none') return { ok: false, error: { type: 'OrderNotFound', orderId } }
  if (state.status !== 'dispatched') {
    return { ok: false, error: { type: 'OrderNotDispatched', orderId, status: state.status } }
  }
  if (state.tasks !== null) {
    // O7: each named team answers its own task, once.
    const task = state.tasks[teamId]
    if (task === undefined)
      return { ok: false, error: { type: 'NotADirectiveTeam', orderId, teamId } }
    if (task !== 'assigned') {
      return { ok: false, error: { type: 'DirectiveTaskNotOpen', orderId, teamId, task } }
    }
  } else if (state.teamId !== teamId) {
    return {
      ok: false,
      error: { type: 'OrderHeldByAnotherTeam', orderId, teamId, heldBy: state.teamId },
    }
  }
  const by = command.metadata.actor.id
  const at = command.metadata.now
  return command.type === 'TakeOrder'
    ? { ok: true, events: [{ type: 'OrderTaken', data: { orderId, teamId, takenBy: by, at } }] }
    : {
        ok: true,
        events: [
          {
            type: 'OrderDeclined',
            data: { orderId, teamId, declinedBy: by, reason: command.data.reason, at },
          },
        ],
      }
}
