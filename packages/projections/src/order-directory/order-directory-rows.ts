import type { CompletionReport, DirectiveTaskStatus, HeldBy, Reach } from '@wenming/domain'

/** Where an order stands, open or closed. */
export type OrderStatus =
  | 'placed'
  | 'accepted'
  | 'rejected'
  | 'dispatched'
  | 'taken'
  | 'completed'
  | 'evaluated'
  | 'cancelled'

/** One event of an order's history: its stream revision, type, time and data. */
export type OrderHistoryEntry = {
  readonly revision: number
  readonly type: string
  readonly at: string
  readonly data: unknown
}

/** One team's task of a 定单 to several teams. */
export type DirectiveTaskRow = { readonly teamId: string; readonly status: DirectiveTaskStatus }

/** An order in any status, as its events leave it, with its history beside it. */
export type OrderRecordRow = {
  readonly orderId: string
  readonly kind: 'request' | 'directive'
  readonly status: OrderStatus
  /** The site it was placed at, or the issuing site of a directive order. */
  readonly siteId: string
  /**
   * Who holds an accepted request order now (O8); every hand-over stays in `history`
   * (`OrderEscalated`). `null` before acceptance and for a 定单.
   */
  readonly holder: HeldBy | null
  /** The requester (or the issuer of a directive order). */
  readonly requesterId: string
  /** The resident a proxy ordered for (代点单), or `null`. */
  readonly onBehalfOf: string | null
  readonly category: string | null
  /** The need of a request, or the theme of a directive. */
  readonly need: string
  /** When the requester wants the service (a request), or its due date (a directive). */
  readonly wantedAt: string | null
  readonly dueDate: string | null
  /** The team it is dispatched to; of a 定单 to several teams, the first task's team. */
  readonly teamId: string | null
  readonly reach: Reach | null
  /**
   * A 定单 to several teams: each team's task as it stands (O7), or `null` for one team. Rows
   * written before tasks were kept have no field: read it with `?? null`.
   */
  readonly tasks?: readonly DirectiveTaskRow[] | null
  readonly declines: number
  readonly placedAt: string
  readonly dispatchedAt: string | null
  readonly takenAt: string | null
  readonly closedAt: string | null
  /** Why it was rejected or cancelled. */
  readonly closingReason: string | null
  readonly report: CompletionReport | null
  readonly evaluation: {
    readonly rating: number
    readonly comment: string
    readonly by: string
    /** Given by a proxy on the served resident's behalf (O9). */
    readonly byProxy: boolean
  } | null
  /** Every event of the order's stream, in order (revision = index). */
  readonly history: readonly OrderHistoryEntry[]
}

/** The tables of the order directory. */
export type OrderDirectoryRows = { orders: OrderRecordRow }
