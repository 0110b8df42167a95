/** A team's load and record: active orders against capacity, completions, hours, ratings. */
export type TeamWorkloadRow = {
  readonly teamId: string
  readonly name: string
  readonly homeSiteId: string
  readonly status: 'active' | 'suspended' | 'dissolved'
  readonly capacity: number
  /** Capacity reservations on the team's stream not yet released (T1). */
  readonly activeOrders: number
  /** Orders the team completed (only the completing team gets the credit, O6). */
  readonly completed: number
  /** Volunteer hours of those completions. */
  readonly hours: number
  readonly ratingSum: number
  readonly ratingCount: number
}

/** The current dispatch of an order and, once taken, how long the take took. */
export type DispatchTakeRow = {
  readonly orderId: string
  readonly teamId: string
  readonly dispatchedAt: string
  /** Milliseconds from the dispatch to the take; `null` while not taken. */
  readonly takenAfterMs: number | null
}

/** The tables of the team workload. */
export type TeamWorkloadRows = {
  teams: TeamWorkloadRow
  dispatches: DispatchTakeRow
}
