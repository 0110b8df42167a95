import type { DecideResult } from '@wenming/event-store'
import { checkAnswers } from '../catalogue/check-answers.js'
import { findActiveEntry } from '../catalogue/find-entry.js'
import { districtOf } from '../site/site-facts.js'
import { directiveTeamIds, type RejectOrder } from './commands.js'
import { holderSiteAt } from './holder.js'
import type { OrderError } from './errors.js'
import type { DirectiveTask, OrderEvent } from './events.js'
import type {
  AcceptOrderWithChain,
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
  const { answers: given, ...rest } = data
  const answers = given ?? {}
  const answered = Object.keys(answers)
  if (data.category === null) {
    // A free-form request asks no questions, so it answers none.
    const [attribute] = answered
    if (attribute !== undefined) {
      return {
        ok: false,
        error: {
          type: 'RequestAnswersInvalid',
          orderId: data.orderId,
          code: null,
          attribute,
          problem: 'unknown_attribute',
        },
      }
    }
  } else {
    // S1, S3: an active entry of the site's own district, orderable by this requester.
    const found = findActiveEntry(
      facts.catalogue,
      districtOf(facts.site),
      data.category,
      metadata.actor,
    )
    if ('refusal' in found) return { ok: false, error: found.refusal }
    const problem = checkAnswers(found.item.entry, answers)
    if (problem !== null) {
      return {
        ok: false,
        error: {
          type: 'RequestAnswersInvalid',
          orderId: data.orderId,
          code: data.category,
          ...problem,
        },
      }
    }
  }
  return {
    ok: true,
    events: [
      {
        type: 'RequestOrderPlaced',
        data: {
          ...rest,
          ...(answered.length === 0 ? {} : { answers }),
          requesterId: metadata.actor.id,
          at: metadata.now,
        },
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
  // D1: a directive never crosses districts; a team of no known district is refused too.
  const districtId = site.districtId ?? (site.level === 'center' ? site.siteId : null)
  const named = directiveTeamIds(data)
  const tasks: DirectiveTask[] = []
  for (const teamId of named) {
    const team = facts.teams.find((t) => t.teamId === teamId)
    const teamDistrictId = team?.districtId ?? null
    if (teamDistrictId === null || teamDistrictId !== districtId) {
      return {
        ok: false,
        error: { type: 'TeamInAnotherDistrict', orderId, teamId, teamDistrictId, districtId },
      }
    }
    tasks.push({ teamId, reach: team?.reach ?? 'directed' })
  }
  const [first] = tasks
  if (first === undefined) return { ok: false, error: { type: 'DirectiveNamesNoTeam', orderId } }
  const { teamId: _single, teamIds: _several, ...details } = data
  return {
    ok: true,
    events: [
      {
        type: 'DirectiveOrderIssued',
        data: {
          ...details,
          issuerId: metadata.actor.id,
          teamId: first.teamId,
          reach: first.reach,
          ...(tasks.length > 1 ? { tasks } : {}),
          at: metadata.now,
        },
      },
    ],
  }
}

/** 受理 / 不予受理: review of a placed request order. */
export const decideReview = (
  command: AcceptOrderWithChain | RejectOrder,
  state: OrderState,
): Result => {
  const { orderId } = command.data
  if (state.status === 'none') return { ok: false, error: { type: 'OrderNotFound', orderId } }
  if (state.status !== 'placed') {
    return { ok: false, error: { type: 'OrderNotPlaced', orderId, status: state.status } }
  }
  const by = command.metadata.actor.id
  const at = command.metadata.now
  if (command.type === 'AcceptOrder') {
    // O8: the accepting level holds the order: the site at that level above the order's site.
    const level = command.data.holder ?? 'centre'
    const siteId = holderSiteAt(command.facts.chain, level)
    if (siteId === null) return { ok: false, error: { type: 'NoHolderAtLevel', orderId, level } }
    const holder = { level, siteId }
    return {
      ok: true,
      events: [{ type: 'OrderAccepted', data: { orderId, acceptedBy: by, holder, at } }],
    }
  }
  return {
    ok: true,
    events: [
      {
        type: 'OrderRejected',
        data: { orderId, rejectedBy: by, reason: command.data.reason, at },
      },
    ],
  }
}
