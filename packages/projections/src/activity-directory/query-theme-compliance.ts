import type { ReadModel } from '@wenming/event-store'
import { byCodeUnit } from '../network/page.js'
import type { ActivityDirectoryRows, MonthlyThemeRow } from './activity-directory-rows.js'

/** A station or institute and the themed activities it held in the month. */
export type ComplianceEntry = {
  readonly siteId: string
  readonly name: string
  readonly level: 'institute' | 'station'
  readonly parentId: string | null
  /** Held activities carrying the month's theme, organised by the site. */
  readonly themedActivities: number
  readonly activityIds: readonly string[]
}

/** The month's theme and which stations and institutes held a themed activity in it. */
export type ThemeCompliance = {
  readonly month: string
  /** The theme the centre set, or `null` when none was set. */
  readonly theme: MonthlyThemeRow | null
  readonly with: readonly ComplianceEntry[]
  readonly without: readonly ComplianceEntry[]
}

/**
 * 主题活动落实情况: every open station and institute (optionally only those under `parentId`),
 * split by whether it held an activity carrying `month`'s theme (an `ActivityHeld` with that
 * `themeMonth`, organised by the site itself); each list by level, then id.
 *
 * @example
 * queryThemeCompliance(model, { month: '2022-03' }).without.map((site) => site.name)
 */
export const queryThemeCompliance = (
  model: ReadModel<ActivityDirectoryRows>,
  options: { month: string; parentId?: string },
): ThemeCompliance => {
  const held = new Map<string, string[]>()
  for (const activity of model.activities.values()) {
    if (activity.status !== 'held' || activity.themeMonth !== options.month) continue
    const ids = held.get(activity.organizerSiteId) ?? []
    ids.push(activity.activityId)
    held.set(activity.organizerSiteId, ids)
  }
  const entries: ComplianceEntry[] = []
  for (const site of model.sites.values()) {
    if (site.closed || (site.level !== 'station' && site.level !== 'institute')) continue
    if (options.parentId !== undefined && site.parentId !== options.parentId) continue
    const activityIds = (held.get(site.siteId) ?? []).sort(byCodeUnit)
    entries.push({
      siteId: site.siteId,
      name: site.name,
      level: site.level,
      parentId: site.parentId,
      themedActivities: activityIds.length,
      activityIds,
    })
  }
  entries.sort(
    (a, b) =>
      (a.level === b.level ? 0 : a.level === 'institute' ? -1 : 1) ||
      byCodeUnit(a.siteId, b.siteId),
  )
  return {
    month: options.month,
    theme: model.themes.get(options.month) ?? null,
    with: entries.filter((entry) => entry.themedActivities > 0),
    without: entries.filter((entry) => entry.themedActivities === 0),
  }
}

/** Every monthly theme the centre set, by month. */
export const queryMonthlyThemes = (model: ReadModel<ActivityDirectoryRows>): MonthlyThemeRow[] =>
  [...model.themes.values()].sort((a, b) => byCodeUnit(a.month, b.month))
