import type { HolderLevel } from './holder.js'

/** Where an order is in its lifecycle (O1). */
export type OrderStatus =
  | 'none'
  | 'placed'
  | 'accepted'
  | 'rejected'
  | 'dispatched'
  | 'taken'
  | 'completed'
  | 'evaluated'
  | 'cancelled'

/** An order as its stream tells it. */
export type OrderState =
  | { readonly status: 'none' }
  | {
      readonly status: Exclude<OrderStatus, 'none'>
      readonly orderId: string
      readonly kind: 'request' | 'directive'
      /** The request's site, or the directive's issuing site. */
      readonly siteId: string
      /** The requester, or the issuer of a directive order (O4: who may cancel and evaluate). */
      readonly ownerId: string
      readonly category: string | null
      /** A proxy order (代点单, O9): placed for the person it serves, evaluated on their behalf. */
      readonly byProxy: boolean
      /** The team the order is dispatched to (O2: at most one at a time), or `null`. */
      readonly teamId: string | null
      readonly dispatchedAt: string | null
      readonly dispatches: number
      readonly declines: number
      /** A 定单 to several teams: each team's task (O7); `null` for any other order. */
      readonly tasks: Readonly<Record<string, DirectiveTaskStatus>> | null
      /**
       * The one level that holds an accepted request order (O8), `null` before acceptance and for a
       * 定单; `siteId` is `null` only for an acceptance recorded before O8 (held by the centre).
       */
      readonly holder: HeldBy | null
    }

/** The level holding a request order and its site (O8). */
export type HeldBy = { readonly level: HolderLevel; readonly siteId: string | null }

/** Where one team's task of a 定单 stands (O7). */
export type DirectiveTaskStatus = 'assigned' | 'taken' | 'declined' | 'completed'

/** An order that exists. */
export type ExistingOrder = Exclude<OrderState, { status: 'none' }>

export const initialOrderState: OrderState = { status: 'none' }

/** How long a dispatched order may wait for a take before it may be re-dispatched (O6). */
export const DISPATCH_SLA_HOURS = 24
