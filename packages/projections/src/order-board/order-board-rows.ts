import type { DirectiveTaskStatus, HeldBy, Reach } from '@wenming/domain'
import type { SiteClusterRow } from '../site-cluster-changes.js'

/** Where an open order stands on the board. */
export type OpenOrderStatus = 'placed' | 'accepted' | 'dispatched' | 'taken'

/** One open order: placed or issued and not yet completed, rejected or cancelled. */
export type OrderBoardRow = {
  readonly orderId: string
  /** 点单 (request) or 定单 (directive). */
  readonly kind: 'request' | 'directive'
  readonly status: OpenOrderStatus
  /** The site it was placed at (a directive order: the issuing site). */
  readonly siteId: string
  /** The catalogue category; `null` for a free-form request or a directive order. */
  readonly category: string | null
  /** The team it is dispatched to or taken by, if any. */
  readonly teamId: string | null
  readonly reach: Reach | null
  readonly placedAt: string
  /** When the current dispatch was made (the SLA runs from here), if dispatched. */
  readonly dispatchedAt: string | null
  readonly takenAt: string | null
  /** How often the order was declined. */
  readonly declines: number
  /** The day a 定单 is due (`YYYY-MM-DD`); `null` for a request order. */
  readonly dueDate: string | null
  /** A 定单 to several teams: each team's task (O7); `null` otherwise. */
  readonly tasks:
    readonly { readonly teamId: string; readonly status: DirectiveTaskStatus }[] | null
  /**
   * Who holds an accepted request order now (O8): one level and its site (`siteId` `null` for an
   * acceptance recorded before O8, held by the centre); `null` before acceptance and for a 定单.
   */
  readonly holder: HeldBy | null
}

/** The tables of the order board. */
export type OrderBoardRows = {
  orders: OrderBoardRow
  siteClusters: SiteClusterRow
}
