import type { DecideResult } from '@wenming/event-store'
import type { AcceptOrder, RejectOrder } from './commands.js'
import type { OrderError } from './errors.js'
import type { OrderEvent } from './events.js'
import type {
  IssueDirectiveOrderWithFacts,
  PlaceRequestOrderWithSite,
} from './order-commands-with-facts.js'
import type { OrderState } from './state.js'

type Result = DecideResult<OrderEvent, OrderError>

/** 点单: a request order at an open site. */
export const decidePlace = (command: PlaceRequestOrderWithSite, state: OrderState): Result => {
  const { data, metadata, facts } = command
  if (state.status !== 'none')
    return { ok: false, error: { type: 'OrderAlreadyExists', orderId: data.orderId } }
  if (facts.site?.siteId !== data.siteId || facts.site.status !== 'open') {
    return {
      ok: false,
      error: { type: 'OrderSiteUnavailable', orderId: data.orderId, siteId: data.siteId },
    }
  }
  return {
    ok: true,
    events: [
      {
        type: 'RequestOrderPlaced',
        data: { ...data, requesterId: metadata.actor.id, at: metadata.now },
      },
    ],
  }
}

/** 定单: a directive order from an open centre or institute straight to a named team. */
export const decideIssue = (command: IssueDirectiveOrderWithFacts, state: OrderState): Result => {
  const { data, metadata, facts } = command
  const { orderId, issuingSiteId } = data
  if (state.status !== 'none') return { ok: false, error: { type: 'OrderAlreadyExists', orderId } }
  const site = facts.issuingSite
  if (site?.siteId !== issuingSiteId || site.status !== 'open') {
    return { ok: false, error: { type: 'OrderSiteUnavailable', orderId, siteId: issuingSiteId } }
  }
  if (site.level !== 'center' && site.level !== 'institute') {
    return {
      ok: false,
      error: {
        type: 'IssuingSiteNotCentreOrInstitute',
        orderId,
        siteId: issuingSiteId,
        level: site.level,
      },
    }
  }
  return {
    ok: true,
    events: [
      {
        type: 'DirectiveOrderIssued',
        data: {
          ...data,
          issuerId: metadata.actor.id,
          reach: facts.reach ?? 'directed',
          at: metadata.now,
        },
      },
    ],
  }
}

/** 受理 / 不予受理: review of a placed request order. */
export const decideReview = (command: AcceptOrder | RejectOrder, state: OrderState): Result => {
  const { orderId } = command.data
  if (state.status === 'none') return { ok: false, error: { type: 'OrderNotFound', orderId } }
  if (state.status !== 'placed') {
    return { ok: false, error: { type: 'OrderNotPlaced', orderId, status: state.status } }
  }
  const by = command.metadata.actor.id
  const at = command.metadata.now
  return command.type === 'AcceptOrder'
    ? { ok: true, events: [{ type: 'OrderAccepted', data: { orderId, acceptedBy: by, at } }] }
    : {
        ok: true,
        events: [
          {
            type: 'OrderRejected',
            data: { orderId, rejectedBy: by, reason: command.data.reason, at },
          },
        ],
      }
}
