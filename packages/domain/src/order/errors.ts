import type { AnswerProblem, CatalogueEntryRefusal } from '../catalogue/errors.js'
import type { SiteLevel } from '../shared/site-level.js'
import type { Reach } from './events.js'
import type { HolderLevel } from './holder.js'
import type { DirectiveTaskStatus, OrderStatus } from './state.js'

/** Why an order command is refused. */
export type OrderError =
  | { readonly type: 'OrderAlreadyExists'; readonly orderId: string }
  | { readonly type: 'OrderNotFound'; readonly orderId: string }
  | { readonly type: 'OrderSiteUnavailable'; readonly orderId: string; readonly siteId: string }
  | {
      readonly type: 'IssuingSiteNotCentreOrInstitute'
      readonly orderId: string
      readonly siteId: string
      readonly level: SiteLevel
    }
  | { readonly type: 'OrderNotPlaced'; readonly orderId: string; readonly status: OrderStatus }
  | { readonly type: 'OrderNotAccepted'; readonly orderId: string; readonly status: OrderStatus }
  | { readonly type: 'OrderNotDispatched'; readonly orderId: string; readonly status: OrderStatus }
  | { readonly type: 'OrderNotTaken'; readonly orderId: string; readonly status: OrderStatus }
  | { readonly type: 'OrderNotCompleted'; readonly orderId: string; readonly status: OrderStatus }
  | { readonly type: 'OrderAlreadyEvaluated'; readonly orderId: string }
  | { readonly type: 'OrderClosed'; readonly orderId: string; readonly status: OrderStatus }
  | {
      readonly type: 'OrderHeldByAnotherTeam'
      readonly orderId: string
      readonly teamId: string
      readonly heldBy: string | null
    }
  | { readonly type: 'NotOrderOwner'; readonly orderId: string; readonly actorId: string }
  | { readonly type: 'TeamOutOfReach'; readonly orderId: string; readonly teamId: string }
  /** D1: the team belongs to another district than the order (`null`: its district is unknown). */
  | {
      readonly type: 'TeamInAnotherDistrict'
      readonly orderId: string
      readonly teamId: string
      readonly teamDistrictId: string | null
      readonly districtId: string | null
    }
  | {
      readonly type: 'DispatchSlaNotElapsed'
      readonly orderId: string
      readonly dispatchedAt: string
      readonly slaHours: number
    }
  | { readonly type: 'RedispatchToSameTeam'; readonly orderId: string; readonly teamId: string }
  | {
      readonly type: 'InvalidCompletionReport'
      readonly orderId: string
      readonly field: 'volunteerIds' | 'hours' | 'audience'
    }
  | { readonly type: 'InvalidRating'; readonly orderId: string; readonly rating: number }
  /** O7: a 定单 names at least one team. */
  | { readonly type: 'DirectiveNamesNoTeam'; readonly orderId: string }
  /** O7: the team has no task in this 定单. */
  | { readonly type: 'NotADirectiveTeam'; readonly orderId: string; readonly teamId: string }
  /** O7: the team's task is not in the state the answer needs (take or decline: assigned; complete: taken). */
  | {
      readonly type: 'DirectiveTaskNotOpen'
      readonly orderId: string
      readonly teamId: string
      readonly task: DirectiveTaskStatus
    }
  /** O7: a 定单 to several teams keeps its tasks: it is not dispatched again. */
  | { readonly type: 'DirectiveHasTasks'; readonly orderId: string }
  /** O8: the order's site has no site at that level above it (a station cannot hold a centre's order). */
  | { readonly type: 'NoHolderAtLevel'; readonly orderId: string; readonly level: HolderLevel }
  /** O8: the centre holds the order: there is no level above it. */
  | { readonly type: 'OrderHeldByCentre'; readonly orderId: string }
  /** O8: the team is eligible (O3) but outside the reach of the level that holds the order. */
  | {
      readonly type: 'TeamBeyondHolderReach'
      readonly orderId: string
      readonly teamId: string
      readonly holder: HolderLevel
      readonly reach: Reach
    }
  /** S1: the entry is unknown, retired or staff-only for this requester. */
  | CatalogueEntryRefusal
  /** S1: a required question is unanswered, or an answer does not fit its question. */
  | {
      readonly type: 'RequestAnswersInvalid'
      readonly orderId: string
      readonly code: string | null
      readonly attribute: string
      readonly problem: AnswerProblem
    }
