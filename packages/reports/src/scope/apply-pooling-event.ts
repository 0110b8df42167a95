import { dayBucket, districtFigures, localDay } from '../day-bucket.js'
import type { ReportHandlers } from '../report-handlers.js'
import { countTeamStock } from '../team-stock.js'
import type { DistrictFigures, TeamFacts, WorkReportReadModel } from '../work-report-read-model.js'

/** Moves a team's stocks from the figures it counts in to `to`, on the local day of `at`. */
const moveTeam = (
  rm: WorkReportReadModel,
  team: TeamFacts,
  to: DistrictFigures,
  at: string,
): void => {
  if (team.figures === to) return
  const day = localDay(rm, at)
  countTeamStock(team, dayBucket(team.figures, day).counters, -1)
  team.figures = to
  countTeamStock(team, dayBucket(to, day).counters, 1)
}

/** The active team pooled or withdrawn, when the fold is scoped to its cluster. */
const scopedTeam = (
  rm: WorkReportReadModel,
  clusterId: string,
  teamId: string,
): { team: TeamFacts; outside: DistrictFigures } | undefined => {
  const filter = rm.scope
  if (filter?.kind !== 'cluster' || filter.scope.clusterId !== clusterId) return undefined
  const team = rm.teams.get(teamId)
  return team === undefined || team.dissolved ? undefined : { team, outside: filter.outside }
}

/**
 * What a fold scoped to a cluster reads besides the work report's events: a team counts in the
 * cluster's teams, members and volunteers from its pooling to its withdrawal (C2). The district's
 * report does not read these events, so they cost its rebuild nothing.
 */
export const poolingHandlers: ReportHandlers<'ClusterTeamPooled' | 'ClusterTeamWithdrawn'> = {
  ClusterTeamPooled: (rm, { clusterId, teamId, homeSiteId, at }) => {
    const scoped = scopedTeam(rm, clusterId, teamId)
    if (scoped === undefined) return
    const district = rm.sites.get(homeSiteId)?.district ?? ''
    moveTeam(rm, scoped.team, districtFigures(rm, district), at)
  },
  ClusterTeamWithdrawn: (rm, { clusterId, teamId, at }) => {
    const scoped = scopedTeam(rm, clusterId, teamId)
    if (scoped !== undefined) moveTeam(rm, scoped.team, scoped.outside, at)
  },
}
