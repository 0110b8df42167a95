import type { ReadModel } from '@wenming/event-store'
import type { NetworkRows, NetworkTeamRow } from './network-rows.js'
import { byCodeUnit, pageOf, type Page, type PageRequest } from './page.js'

/** A team with its capacity left, average rating and the cluster it is pooled in. */
export type TeamEntry = NetworkTeamRow & {
  readonly capacityLeft: number
  readonly memberCount: number
  /** The mean of its evaluations, or `null` before the first one. */
  readonly averageRating: number | null
  /** The cluster whose pool holds the team, if any. */
  readonly pooledInClusterId: string | null
}

/** Which teams to list. */
export type TeamFilter = PageRequest & {
  readonly homeSiteId?: string
  readonly organizationId?: string
  readonly platform?: string
  readonly category?: string
  readonly status?: NetworkTeamRow['status']
  readonly clusterId?: string
  /** Only teams whose id is in this list (a team leader's own). */
  readonly teamIds?: readonly string[]
}

const poolOf = (model: ReadModel<NetworkRows>): Map<string, string> => {
  const pool = new Map<string, string>()
  for (const cluster of model.clusters.values()) {
    for (const teamId of cluster.pooledTeamIds) pool.set(teamId, cluster.clusterId)
  }
  return pool
}

const toEntry = (row: NetworkTeamRow, pool: Map<string, string>): TeamEntry => ({
  ...row,
  capacityLeft: Math.max(0, row.capacity - row.activeOrders),
  memberCount: row.members.length,
  averageRating:
    row.ratingCount === 0 ? null : Math.round((row.ratingSum / row.ratingCount) * 100) / 100,
  pooledInClusterId: pool.get(row.teamId) ?? null,
})

/**
 * The teams that match `filter`, by id, with load, members and rating.
 *
 * @example
 * queryTeams(runner.readModel(networkDirectory), { category: 'health', status: 'active' })
 */
export const queryTeams = (
  model: ReadModel<NetworkRows>,
  filter: TeamFilter = {},
): Page<TeamEntry> => {
  const pool = poolOf(model)
  const rows: NetworkTeamRow[] = []
  for (const row of model.teams.values()) {
    if (filter.homeSiteId !== undefined && row.homeSiteId !== filter.homeSiteId) continue
    if (filter.organizationId !== undefined && row.organizationId !== filter.organizationId)
      continue
    if (filter.platform !== undefined && row.platform !== filter.platform) continue
    if (filter.status !== undefined && row.status !== filter.status) continue
    if (filter.category !== undefined && !row.categories.includes(filter.category)) continue
    if (filter.teamIds !== undefined && !filter.teamIds.includes(row.teamId)) continue
    if (filter.clusterId !== undefined && pool.get(row.teamId) !== filter.clusterId) continue
    rows.push(row)
  }
  rows.sort((a, b) => byCodeUnit(a.teamId, b.teamId))
  const page = pageOf(rows, filter)
  return { ...page, items: page.items.map((row) => toEntry(row, pool)) }
}

/** Team `teamId` with load, members and rating; undefined if unknown. */
export const queryTeam = (model: ReadModel<NetworkRows>, teamId: string): TeamEntry | undefined => {
  const row = model.teams.get(teamId)
  return row === undefined ? undefined : toEntry(row, poolOf(model))
}
