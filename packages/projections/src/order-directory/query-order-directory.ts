import type { ReadModel } from '@wenming/event-store'
import type { DirectiveTaskStatus } from '@wenming/domain'
import { byCodeUnit, pageOf, type Page, type PageRequest } from '../network/page.js'
import type { OrderDirectoryRows, OrderRecordRow, OrderStatus } from './order-directory-rows.js'

/** An order in a list: its current state and revision, without its history. */
export type OrderListEntry = Omit<OrderRecordRow, 'history'> & { readonly revision: number }

/** Which orders to list (every filter optional, all of them must hold). */
export type OrderDirectoryFilter = PageRequest & {
  readonly status?: readonly OrderStatus[]
  readonly kind?: OrderRecordRow['kind']
  readonly siteId?: string
  readonly teamId?: string
  /** Only the orders this principal placed or issued ("my orders"). */
  readonly requesterId?: string
  readonly category?: string
  /** Placed or issued in this month (`YYYY-MM`). */
  readonly month?: string
  /** Only orders of these sites (an admin's scope). */
  readonly siteIds?: readonly string[]
  /**
   * Only orders held by these teams (a team leader's scope). A 定单 to several teams is held by
   * each team of its tasks, and `status` then reads that team's task while the 定单 is open.
   */
  readonly teamIds?: readonly string[]
}

/** The list fields of a row (its history dropped). */
export const toOrderListEntry = (row: OrderRecordRow): OrderListEntry => {
  const { history, ...rest } = row
  return { ...rest, revision: history.length - 1 }
}

/** A team's task of a 定单 read as an order status, for a team's own view (declined: none). */
const taskAsOrderStatus: Readonly<Record<DirectiveTaskStatus, OrderStatus | null>> = {
  assigned: 'dispatched',
  taken: 'taken',
  completed: 'completed',
  declined: null,
}

/** Whether `row` is with one of `teamIds` in one of `statuses` (O7: a 定单's task per team). */
const heldBy = (
  row: OrderRecordRow,
  teamIds: readonly string[],
  statuses: readonly OrderStatus[] | undefined,
): boolean => {
  const tasks = row.tasks ?? null
  if (tasks === null) {
    return (
      row.teamId !== null &&
      teamIds.includes(row.teamId) &&
      (statuses === undefined || statuses.includes(row.status))
    )
  }
  return tasks.some((task) => {
    if (!teamIds.includes(task.teamId)) return false
    if (statuses === undefined) return true
    const status = row.status === 'dispatched' ? taskAsOrderStatus[task.status] : row.status
    return status !== null && statuses.includes(status)
  })
}

const matches = (row: OrderRecordRow, filter: OrderDirectoryFilter): boolean => {
  const teamIds =
    filter.teamIds === undefined
      ? filter.teamId === undefined
        ? undefined
        : [filter.teamId]
      : filter.teamId === undefined
        ? filter.teamIds
        : filter.teamIds.filter((id) => id === filter.teamId)
  return (
    (teamIds === undefined
      ? filter.status === undefined || filter.status.includes(row.status)
      : heldBy(row, teamIds, filter.status)) &&
    (filter.kind === undefined || row.kind === filter.kind) &&
    (filter.siteId === undefined || row.siteId === filter.siteId) &&
    (filter.requesterId === undefined || row.requesterId === filter.requesterId) &&
    (filter.category === undefined || row.category === filter.category) &&
    (filter.month === undefined || row.placedAt.startsWith(filter.month)) &&
    (filter.siteIds === undefined || filter.siteIds.includes(row.siteId))
  )
}

/**
 * Orders in any status that match `filter`, newest first (ties by id), a page at a time.
 *
 * @example
 * queryOrderDirectory(model, { status: ['completed', 'evaluated'], month: '2022-03', limit: 50 })
 */
export const queryOrderDirectory = (
  model: ReadModel<OrderDirectoryRows>,
  filter: OrderDirectoryFilter = {},
): Page<OrderListEntry> => {
  const rows: OrderRecordRow[] = []
  for (const row of model.orders.values()) if (matches(row, filter)) rows.push(row)
  rows.sort((a, b) => byCodeUnit(b.placedAt, a.placedAt) || byCodeUnit(a.orderId, b.orderId))
  const page = pageOf(rows, filter)
  return { ...page, items: page.items.map(toOrderListEntry) }
}

/** One order as it stands, with its history beside it and the SLA deadline of a dispatch. */
export type OrderDetail = OrderListEntry & {
  /** When a dispatched order must be taken by (the dispatch plus the SLA), if waiting for a take. */
  readonly takeDueAt: string | null
  readonly history: OrderRecordRow['history']
}

/** Order `orderId` as it stands and its history; undefined if unknown. */
export const queryOrderDetail = (
  model: ReadModel<OrderDirectoryRows>,
  orderId: string,
  options: { slaHours?: number } = {},
): OrderDetail | undefined => {
  const row = model.orders.get(orderId)
  if (row === undefined) return undefined
  const slaMs = (options.slaHours ?? 24) * 3_600_000
  const takeDueAt =
    row.status === 'dispatched' && row.dispatchedAt !== null
      ? new Date(Date.parse(row.dispatchedAt) + slaMs).toISOString()
      : null
  return { ...toOrderListEntry(row), takeDueAt, history: row.history }
}
