import { SLOT } from './counter-slot.js'
import { dayBucket, localDay, siteFigures } from './day-bucket.js'
import { countTeamStock, countMembership, countOrganization } from './team-stock.js'
import type { ReportHandlers } from './report-handlers.js'
import type { TeamFacts, WorkReportReadModel } from './work-report-read-model.js'

const addMember = (team: TeamFacts, volunteerId: string, counters: Float64Array): void => {
  team.members.add(volunteerId)
  counters[team.platform ? SLOT.platformMembers : SLOT.communityMembers]! += 1
  countMembership(team, volunteerId, 1, counters)
}

/** A team registered and not dissolved. */
const activeTeam = (rm: WorkReportReadModel, teamId: string): TeamFacts | undefined => {
  const team = rm.teams.get(teamId)
  return team === undefined || team.dissolved ? undefined : team
}

const countersOf = (rm: WorkReportReadModel, team: TeamFacts, at: string): Float64Array =>
  dayBucket(team.figures, localDay(rm, at)).counters

/**
 * Counts teams, members, organisations and volunteers. A team is a platform team (入驻中心) when its
 * home site is the district's centre, a community team otherwise; organisations are those of
 * platform teams.
 */
export const teamHandlers: ReportHandlers<
  'TeamRegistered' | 'TeamMemberJoined' | 'TeamMemberLeft' | 'TeamDissolved'
> = {
  TeamRegistered: (rm, { teamId, homeSiteId, organizationId, leader, at }) => {
    const team: TeamFacts = {
      // A cluster's teams are those pooled into it: they enter its figures when pooled.
      figures: rm.scope?.kind === 'cluster' ? rm.scope.outside : siteFigures(rm, homeSiteId),
      platform: rm.sites.get(homeSiteId)?.level === 'center',
      organizationId,
      members: new Set(),
      dissolved: false,
    }
    rm.teams.set(teamId, team)
    const counters = countersOf(rm, team, at)
    counters[team.platform ? SLOT.platformTeams : SLOT.communityTeams]! += 1
    countOrganization(team, 1, counters)
    addMember(team, leader.volunteerId, counters)
  },
  TeamMemberJoined: (rm, { teamId, volunteerId, at }) => {
    const team = activeTeam(rm, teamId)
    if (team === undefined || team.members.has(volunteerId)) return
    addMember(team, volunteerId, countersOf(rm, team, at))
  },
  TeamMemberLeft: (rm, { teamId, volunteerId, at }) => {
    const team = activeTeam(rm, teamId)
    if (team === undefined || !team.members.delete(volunteerId)) return
    const counters = countersOf(rm, team, at)
    counters[team.platform ? SLOT.platformMembers : SLOT.communityMembers]! -= 1
    countMembership(team, volunteerId, -1, counters)
  },
  TeamDissolved: (rm, { teamId, at }) => {
    const team = activeTeam(rm, teamId)
    if (team === undefined) return
    team.dissolved = true
    countTeamStock(team, countersOf(rm, team, at), -1)
    team.members.clear()
  },
}
