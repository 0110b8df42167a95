import type { DecideResult } from '@wenming/event-store'
import type { OrderError } from './errors.js'
import type { OrderEvent } from './events.js'
import { holderSiteAt, levelAbove } from './holder.js'
import type { EscalateOrderWithChain } from './order-commands-with-facts.js'
import type { OrderState } from './state.js'

type Result = DecideResult<OrderEvent, OrderError>

/**
 * O8: the holder of an accepted request order that it cannot serve passes it one level up (station
 * to its institute, institute to the centre) with a reason; the centre has no level above it.
 */
export const decideEscalate = (
  { data, metadata, facts }: EscalateOrderWithChain,
  state: OrderState,
): Result => {
  const { orderId, reason } = data
  if (state.status === 'none') return { ok: false, error: { type: 'OrderNotFound', orderId } }
  if (state.status !== 'accepted' || state.holder === null) {
    return { ok: false, error: { type: 'OrderNotAccepted', orderId, status: state.status } }
  }
  const from = state.holder
  const level = levelAbove(from.level)
  if (level === null || from.siteId === null) {
    return { ok: false, error: { type: 'OrderHeldByCentre', orderId } }
  }
  const siteId = holderSiteAt(facts.chain, level)
  if (siteId === null) return { ok: false, error: { type: 'NoHolderAtLevel', orderId, level } }
  return {
    ok: true,
    events: [
      {
        type: 'OrderEscalated',
        data: {
          orderId,
          from: { level: from.level, siteId: from.siteId },
          to: { level, siteId },
          reason,
          by: metadata.actor.id,
          at: metadata.now,
        },
      },
    ],
  }
}
