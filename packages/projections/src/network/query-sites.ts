import type { SiteLevel } from '@wenming/domain'
import type { ReadModel } from '@wenming/event-store'
import type { NetworkRows, NetworkSiteRow, NetworkTeamRow } from './network-rows.js'
import { byCodeUnit, pageOf, type Page, type PageRequest } from './page.js'

/** A site with its cluster and the teams and volunteers at home there. */
export type SiteEntry = NetworkSiteRow & {
  readonly clusterId: string | null
  /** Sites one level down. */
  readonly childCount: number
  /** Teams (not dissolved) with this site as their home. */
  readonly teamCount: number
  /** Distinct volunteers in those teams. */
  readonly volunteerCount: number
}

/** Which sites to list. */
export type SiteFilter = PageRequest & {
  readonly level?: SiteLevel
  readonly parentId?: string
  readonly clusterId?: string
  readonly weak?: boolean
  readonly kind?: string
  /** Include closed sites (default: no). */
  readonly includeClosed?: boolean
}

const levelRank: Record<SiteLevel, number> = { center: 0, institute: 1, station: 2, point: 3 }

type SiteStats = { teams: number; volunteers: Set<string>; children: number }

const siteStats = (model: ReadModel<NetworkRows>): Map<string, SiteStats> => {
  const stats = new Map<string, SiteStats>()
  const of = (siteId: string): SiteStats => {
    let entry = stats.get(siteId)
    if (entry === undefined) {
      entry = { teams: 0, volunteers: new Set(), children: 0 }
      stats.set(siteId, entry)
    }
    return entry
  }
  for (const team of model.teams.values()) {
    if (team.status === 'dissolved') continue
    const entry = of(team.homeSiteId)
    entry.teams++
    for (const member of team.members) entry.volunteers.add(member.volunteerId)
  }
  for (const site of model.sites.values()) {
    if (site.parentId !== null && !site.closed) of(site.parentId).children++
  }
  return stats
}

const toEntry = (
  model: ReadModel<NetworkRows>,
  stats: Map<string, SiteStats>,
  row: NetworkSiteRow,
): SiteEntry => {
  const entry = stats.get(row.siteId)
  return {
    ...row,
    clusterId: model.siteClusters.get(row.siteId)?.clusterId ?? null,
    childCount: entry?.children ?? 0,
    teamCount: entry?.teams ?? 0,
    volunteerCount: entry?.volunteers.size ?? 0,
  }
}

/** Sites top down (centre, institutes, stations, points), then by id. */
const compareSites = (a: NetworkSiteRow, b: NetworkSiteRow): number =>
  levelRank[a.level] - levelRank[b.level] || byCodeUnit(a.siteId, b.siteId)

/**
 * The sites that match `filter`, top down and by id, with cluster, child, team and volunteer counts.
 *
 * @example
 * querySites(runner.readModel(networkDirectory), { level: 'station', weak: true, limit: 20 })
 */
export const querySites = (
  model: ReadModel<NetworkRows>,
  filter: SiteFilter = {},
): Page<SiteEntry> => {
  const stats = siteStats(model)
  const rows: NetworkSiteRow[] = []
  for (const row of model.sites.values()) {
    if (row.closed && filter.includeClosed !== true) continue
    if (filter.level !== undefined && row.level !== filter.level) continue
    if (filter.parentId !== undefined && row.parentId !== filter.parentId) continue
    if (filter.weak !== undefined && row.weak !== filter.weak) continue
    if (filter.kind !== undefined && row.kind !== filter.kind) continue
    if (
      filter.clusterId !== undefined &&
      model.siteClusters.get(row.siteId)?.clusterId !== filter.clusterId
    ) {
      continue
    }
    rows.push(row)
  }
  rows.sort(compareSites)
  const page = pageOf(rows, filter)
  return { ...page, items: page.items.map((row) => toEntry(model, stats, row)) }
}

/** One site with the path up to the centre, its children and the teams at home there. */
export type SiteDetail = SiteEntry & {
  /** From the centre down to the parent. */
  readonly ancestors: readonly { siteId: string; name: string; level: SiteLevel }[]
  readonly children: readonly SiteEntry[]
  readonly teams: readonly Pick<NetworkTeamRow, 'teamId' | 'name' | 'status' | 'categories'>[]
}

/** Site `siteId` with its ancestors, children (top down, by id) and home teams; undefined if unknown. */
export const querySite = (
  model: ReadModel<NetworkRows>,
  siteId: string,
): SiteDetail | undefined => {
  const row = model.sites.get(siteId)
  if (row === undefined) return undefined
  const stats = siteStats(model)
  const ancestors: SiteDetail['ancestors'][number][] = []
  const seen = new Set([siteId])
  for (let up = row.parentId; up !== null && !seen.has(up);) {
    seen.add(up)
    const parent = model.sites.get(up)
    if (parent === undefined) break
    ancestors.unshift({ siteId: parent.siteId, name: parent.name, level: parent.level })
    up = parent.parentId
  }
  const children = [...model.sites.values()]
    .filter((child) => child.parentId === siteId && !child.closed)
    .sort(compareSites)
    .map((child) => toEntry(model, stats, child))
  const teams = [...model.teams.values()]
    .filter((team) => team.homeSiteId === siteId)
    .sort((a, b) => byCodeUnit(a.teamId, b.teamId))
    .map(({ teamId, name, status, categories }) => ({ teamId, name, status, categories }))
  return { ...toEntry(model, stats, row), ancestors, children, teams }
}

/** A node of the site tree: the site's entry and its children, top down. */
export type SiteTreeNode = SiteEntry & { readonly children: readonly SiteTreeNode[] }

/** The practice network as a tree: centre -> institutes -> stations -> points (open sites only). */
export const querySiteTree = (model: ReadModel<NetworkRows>): SiteTreeNode[] => {
  const stats = siteStats(model)
  const childrenOf = new Map<string | null, NetworkSiteRow[]>()
  for (const row of model.sites.values()) {
    if (row.closed) continue
    const key = row.parentId !== null && model.sites.has(row.parentId) ? row.parentId : null
    const list = childrenOf.get(key) ?? []
    list.push(row)
    childrenOf.set(key, list)
  }
  const build = (parentId: string | null, depth: number): SiteTreeNode[] =>
    depth > 8
      ? []
      : (childrenOf.get(parentId) ?? []).sort(compareSites).map((row) => ({
          ...toEntry(model, stats, row),
          children: build(row.siteId, depth + 1),
        }))
  return build(null, 0)
}
