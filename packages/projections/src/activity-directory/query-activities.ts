import type { ActivityKind } from '@wenming/domain'
import type { ReadModel } from '@wenming/event-store'
import { byCodeUnit, pageOf, type Page, type PageRequest } from '../network/page.js'
import type { ActivityDirectoryRows, ActivityRow, ShiftRow } from './activity-directory-rows.js'

/** Which activities to list. */
export type ActivityFilter = PageRequest & {
  readonly siteId?: string
  readonly clusterId?: string
  readonly kind?: ActivityKind
  /** Carrying the theme of this month (`YYYY-MM`). */
  readonly themeMonth?: string
  /** Held (or planned) in this month (`YYYY-MM`). */
  readonly month?: string
  readonly status?: ActivityRow['status']
}

/**
 * The activities that match `filter`, latest date first (ties by id).
 *
 * @example
 * queryActivities(model, { kind: 'themed', month: '2022-03', siteId: 'st-1' })
 */
export const queryActivities = (
  model: ReadModel<ActivityDirectoryRows>,
  filter: ActivityFilter = {},
): Page<ActivityRow> => {
  const rows: ActivityRow[] = []
  for (const row of model.activities.values()) {
    if (filter.siteId !== undefined && row.organizerSiteId !== filter.siteId) continue
    if (filter.clusterId !== undefined && row.clusterId !== filter.clusterId) continue
    if (filter.kind !== undefined && row.kind !== filter.kind) continue
    if (filter.themeMonth !== undefined && row.themeMonth !== filter.themeMonth) continue
    if (filter.month !== undefined && !row.date.startsWith(filter.month)) continue
    if (filter.status !== undefined && row.status !== filter.status) continue
    rows.push(row)
  }
  rows.sort((a, b) => byCodeUnit(b.date, a.date) || byCodeUnit(a.activityId, b.activityId))
  return pageOf(rows, filter)
}

/** Activity `activityId` as it stands; undefined if unknown. */
export const queryActivity = (
  model: ReadModel<ActivityDirectoryRows>,
  activityId: string,
): ActivityRow | undefined => model.activities.get(activityId)

/** The shifts of activity `activityId`, earliest first (ties by id). */
export const queryShifts = (
  model: ReadModel<ActivityDirectoryRows>,
  activityId: string,
): ShiftRow[] => {
  const rows: ShiftRow[] = []
  for (const row of model.shifts.values()) if (row.activityId === activityId) rows.push(row)
  return rows.sort((a, b) => byCodeUnit(a.startsAt, b.startsAt) || byCodeUnit(a.shiftId, b.shiftId))
}
