import { median } from '../median.js'
import type { ReadModel } from '@wenming/event-store'
import type { TeamWorkloadRow, TeamWorkloadRows } from './team-workload-rows.js'

/** A team's workload as the API shows it. */
export type TeamWorkloadEntry = TeamWorkloadRow & {
  readonly capacityLeft: number
  /** Active orders over capacity (1: full). */
  readonly utilization: number
  /** The mean of its evaluations, `null` while it has none. */
  readonly averageRating: number | null
  /** Dispatches it has taken. */
  readonly takes: number
  /** The median time from dispatch to take, `null` before its first take. */
  readonly medianTakeMs: number | null
}

/**
 * Every team's workload (or the teams that match), sorted by team id.
 *
 * @example
 * queryTeamWorkload(runner.readModel(teamWorkload), { homeSiteId: 'site-7' })
 */
export const queryTeamWorkload = (
  readModel: ReadModel<TeamWorkloadRows>,
  filter: { teamId?: string; homeSiteId?: string; status?: TeamWorkloadRow['status'] } = {},
): TeamWorkloadEntry[] => {
  const wanted = [...readModel.teams.values()].filter(
    (row) =>
      (filter.teamId === undefined || row.teamId === filter.teamId) &&
      (filter.homeSiteId === undefined || row.homeSiteId === filter.homeSiteId) &&
      (filter.status === undefined || row.status === filter.status),
  )
  const takes = new Map<string, number[]>(wanted.map((row) => [row.teamId, []]))
  for (const dispatch of readModel.dispatches.values()) {
    if (dispatch.takenAfterMs !== null) takes.get(dispatch.teamId)?.push(dispatch.takenAfterMs)
  }
  return wanted
    .sort((a, b) => (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : 0))
    .map((row) => {
      const taken = takes.get(row.teamId) ?? []
      return {
        ...row,
        capacityLeft: Math.max(row.capacity - row.activeOrders, 0),
        utilization: row.activeOrders / row.capacity,
        averageRating: row.ratingCount === 0 ? null : row.ratingSum / row.ratingCount,
        takes: taken.length,
        medianTakeMs: median(taken),
      }
    })
}
