import type { CatalogueEntryRefusal } from '../catalogue/errors.js'

/** Why a team command is refused. */
export type TeamError =
  /** S2: a category is not an active entry of the district's catalogue. */
  | CatalogueEntryRefusal
  | { readonly type: 'TeamAlreadyRegistered'; readonly teamId: string }
  | { readonly type: 'TeamNotFound'; readonly teamId: string }
  | {
      readonly type: 'TeamHomeSiteUnavailable'
      readonly teamId: string
      readonly homeSiteId: string
    }
  | { readonly type: 'TeamIsDissolved'; readonly teamId: string }
  | {
      readonly type: 'TeamNotActive'
      readonly teamId: string
      readonly status: 'suspended' | 'dissolved'
    }
  | { readonly type: 'TeamNotSuspended'; readonly teamId: string }
  | {
      readonly type: 'TeamMemberAlreadyJoined'
      readonly teamId: string
      readonly volunteerId: string
    }
  /** V1: a team member is a registered, active volunteer. */
  | {
      readonly type: 'TeamMemberNotRegistered'
      readonly teamId: string
      readonly volunteerId: string
    }
  | { readonly type: 'TeamMemberNotFound'; readonly teamId: string; readonly volunteerId: string }
  | {
      readonly type: 'TeamLeaderCannotLeave'
      readonly teamId: string
      readonly volunteerId: string
    }
  | {
      readonly type: 'TeamCapacityBelowActiveOrders'
      readonly teamId: string
      readonly capacity: number
      readonly activeOrders: number
    }
  | { readonly type: 'TeamHasActiveOrders'; readonly teamId: string; readonly activeOrders: number }
  | {
      readonly type: 'TeamAtCapacity'
      readonly teamId: string
      readonly capacity: number
      readonly activeOrders: number
    }
  | {
      readonly type: 'TeamDoesNotServeCategory'
      readonly teamId: string
      readonly category: string
    }
  | {
      readonly type: 'TeamCapacityAlreadyReserved'
      readonly teamId: string
      readonly orderId: string
    }
  | { readonly type: 'TeamReservationNotFound'; readonly teamId: string; readonly orderId: string }
