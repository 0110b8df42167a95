import type { BoardEntry } from '../api/types'

/** What the dispatcher filters the board by: the API's filters, plus "overdue only" on the page. */
export type BoardFilter = {
  status: '' | BoardEntry['status']
  siteId: string
  teamId: string
  overdueOnly: boolean
}

export const emptyBoardFilter = (): BoardFilter => ({ status: '', siteId: '', teamId: '', overdueOnly: false })

/** The board query the API takes for a filter (unset fields left out). */
export const boardQuery = (filter: BoardFilter, page: { limit: number; offset: number }) => ({
  ...(filter.status === '' ? {} : { status: filter.status }),
  ...(filter.siteId === '' ? {} : { siteId: filter.siteId }),
  ...(filter.teamId === '' ? {} : { teamId: filter.teamId }),
  limit: page.limit,
  offset: page.offset,
})

/** The rows to show: overdue ones first when asked for only those, else in the board's order. */
export const visibleRows = (rows: readonly BoardEntry[], filter: BoardFilter): BoardEntry[] =>
  filter.overdueOnly ? rows.filter((row) => row.overdue) : [...rows]
