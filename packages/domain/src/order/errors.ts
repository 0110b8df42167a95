import type { SiteLevel } from '../shared/site-level.js'
import type { OrderStatus } from './state.js'

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
