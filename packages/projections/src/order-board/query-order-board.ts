import type { ReadModel } from '@wenming/event-store'
import type { OpenOrderStatus, OrderBoardRow, OrderBoardRows } from './order-board-rows.js'

/** The default SLA of a dispatch: taken within 24 hours (O6). */
export const defaultSlaHours = 24

const hourMs = 3_600_000

/** Which open orders to list, and the time ages are measured at (the caller's clock). */
export type OrderBoardFilter = {
  now: Date
  status?: OpenOrderStatus
  siteId?: string
  clusterId?: string
  teamId?: string
  /** Hours a dispatch may wait for a take (default 24). */
  slaHours?: number
}

/** An open order with its cluster and its ages at `now`. */
export type OrderBoardEntry = OrderBoardRow & {
  /** The cluster its site belongs to now, if any. */
  readonly clusterId: string | null
  /** Milliseconds since it was placed or issued. */
  readonly ageMs: number
  /** Milliseconds since the current dispatch, while it waits for a take. */
  readonly waitingMs: number | null
  /** Dispatched and not taken within the SLA. */
  readonly overdue: boolean
  /** A 定单 past its due day (China Standard Time) and not complete. */
  readonly pastDue: boolean
  /** O7: the teams whose task of a 定单 is still open (assigned or taken) past its due day. */
  readonly overdueTasks: readonly string[]
}

/** The end of a due day, in China Standard Time (the district's clock). */
const endOfDueDay = (dueDate: string): number => Date.parse(`${dueDate}T23:59:59.999+08:00`)

/** Turns a board row into an entry at `now` (ages, cluster, overdue). */
export const toOrderBoardEntry = (
  readModel: ReadModel<OrderBoardRows>,
  row: OrderBoardRow,
  now: number,
  slaMs: number,
): OrderBoardEntry => {
  const waitingMs =
    row.status === 'dispatched' && row.dispatchedAt !== null
      ? now - Date.parse(row.dispatchedAt)
      : null
  const pastDue = row.dueDate !== null && now > endOfDueDay(row.dueDate)
  return {
    ...row,
    clusterId: readModel.siteClusters.get(row.siteId)?.clusterId ?? null,
    ageMs: now - Date.parse(row.placedAt),
    waitingMs,
    overdue: waitingMs !== null && waitingMs > slaMs,
    pastDue,
    overdueTasks: pastDue
      ? (row.tasks ?? [])
          .filter((task) => task.status === 'assigned' || task.status === 'taken')
          .map((task) => task.teamId)
      : [],
  }
}

/**
 * The open orders that match `filter`, oldest first, with their ages at `filter.now`.
 *
 * @example
 * queryOrderBoard(runner.readModel(orderBoard), { now: new Date(), status: 'dispatched' })
 */
export const queryOrderBoard = (
  readModel: ReadModel<OrderBoardRows>,
  filter: OrderBoardFilter,
): OrderBoardEntry[] => {
  const now = filter.now.getTime()
  const slaMs = (filter.slaHours ?? defaultSlaHours) * hourMs
  const entries: OrderBoardEntry[] = []
  for (const row of readModel.orders.values()) {
    if (filter.status !== undefined && row.status !== filter.status) continue
    if (filter.siteId !== undefined && row.siteId !== filter.siteId) continue
    if (
      filter.teamId !== undefined &&
      row.teamId !== filter.teamId &&
      row.tasks?.some((task) => task.teamId === filter.teamId) !== true
    ) {
      continue
    }
    const entry = toOrderBoardEntry(readModel, row, now, slaMs)
    if (filter.clusterId !== undefined && entry.clusterId !== filter.clusterId) continue
    entries.push(entry)
  }
  return entries.sort(
    (a, b) => b.ageMs - a.ageMs || (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0),
  )
}

/** Dispatched orders not taken within the SLA at `filter.now`, the longest waiting first. */
export const queryOverdueOrders = (
  readModel: ReadModel<OrderBoardRows>,
  filter: Omit<OrderBoardFilter, 'status'>,
): OrderBoardEntry[] =>
  queryOrderBoard(readModel, { ...filter, status: 'dispatched' })
    .filter((entry) => entry.overdue)
    .sort((a, b) => (b.waitingMs ?? 0) - (a.waitingMs ?? 0))

/** Open orders counted by status, by site and by cluster (`-` for sites in no cluster). */
export type OrderBoardCounts = {
  total: number
  overdue: number
  byStatus: Record<OpenOrderStatus, number>
  bySite: Record<string, number>
  byCluster: Record<string, number>
}

/** Counts the open orders by status, site and cluster, and the overdue ones at `now`. */
export const countOpenOrders = (
  readModel: ReadModel<OrderBoardRows>,
  options: { now: Date; slaHours?: number },
): OrderBoardCounts => {
  const counts: OrderBoardCounts = {
    total: 0,
    overdue: 0,
    byStatus: { placed: 0, accepted: 0, dispatched: 0, taken: 0 },
    bySite: {},
    byCluster: {},
  }
  const slaMs = (options.slaHours ?? defaultSlaHours) * hourMs
  for (const row of readModel.orders.values()) {
    const entry = toOrderBoardEntry(readModel, row, options.now.getTime(), slaMs)
    const cluster = entry.clusterId ?? '-'
    counts.total++
    if (entry.overdue) counts.overdue++
    counts.byStatus[row.status]++
    counts.bySite[row.siteId] = (counts.bySite[row.siteId] ?? 0) + 1
    counts.byCluster[cluster] = (counts.byCluster[cluster] ?? 0) + 1
  }
  return counts
}
