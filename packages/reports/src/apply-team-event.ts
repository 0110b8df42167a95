import type { TeamEvent } from '@wenming/domain'
import { SLOT } from './counter-slot.js'
import { dayBucket, localDay, siteDistrict } from './day-bucket.js'
import type { TeamFacts, WorkReportReadModel } from './work-report-read-model.js'

type CountedTeamEvent = Extract<
  TeamEvent,
  { type: 'TeamRegistered' | 'TeamMemberJoined' | 'TeamMemberLeft' | 'TeamDissolved' }
>

const countMembership = (
  rm: WorkReportReadModel,
  team: TeamFacts,
  volunteerId: string,
  change: 1 | -1,
  counters: Float64Array,
): void => {
  const key = `${team.district}|${volunteerId}`
  let teams = rm.memberships.get(key)
  if (teams === undefined) {
    teams = [0, 0]
    rm.memberships.set(key, teams)
  }
  const before = teams[0]
  teams[0] += change
  if ((before === 0) !== (teams[0] === 0)) counters[SLOT.volunteers]! += change
  if (team.platform) {
    const beforePlatform = teams[1]
    teams[1] += change
    if ((beforePlatform === 0) !== (teams[1] === 0)) counters[SLOT.platformVolunteers]! += change
  }
  if (teams[0] === 0) rm.memberships.delete(key)
}

const countOrganization = (
  rm: WorkReportReadModel,
  team: TeamFacts,
  change: 1 | -1,
  counters: Float64Array,
): void => {
  if (!team.platform) return
  const key = `${team.district}|${team.organizationId}`
  const before = rm.organizations.get(key) ?? 0
  const after = before + change
  if (after === 0) rm.organizations.delete(key)
  else rm.organizations.set(key, after)
  if ((before === 0) !== (after === 0)) counters[SLOT.organizations]! += change
}

/**
 * Counts teams, members, organisations and volunteers. A team is a platform team (入驻中心) when its
 * home site is the district's centre, a community team otherwise; organisations are those of
 * platform teams.
 */
export const applyTeamEvent = (rm: WorkReportReadModel, event: CountedTeamEvent): void => {
  if (event.type === 'TeamRegistered') {
    const data = event.data
    const homeSiteId = data.homeSiteId
    const team: TeamFacts = {
      district: siteDistrict(rm, homeSiteId),
      platform: rm.sites.get(homeSiteId)?.level === 'center',
      organizationId: data.organizationId,
      members: new Set(),
      dissolved: false,
    }
    rm.teams.set(data.teamId, team)
    const counters = dayBucket(rm, team.district, localDay(rm, data.at)).counters
    counters[team.platform ? SLOT.platformTeams : SLOT.communityTeams]! += 1
    countOrganization(rm, team, 1, counters)
    addMember(rm, team, data.leader.volunteerId, counters)
    return
  }
  const team = rm.teams.get(event.data.teamId)
  if (team === undefined || team.dissolved) return
  const counters = dayBucket(rm, team.district, localDay(rm, event.data.at)).counters
  if (event.type === 'TeamMemberJoined') {
    const data = event.data
    if (!team.members.has(data.volunteerId)) addMember(rm, team, data.volunteerId, counters)
  } else if (event.type === 'TeamMemberLeft') {
    const data = event.data
    if (!team.members.delete(data.volunteerId)) return
    counters[team.platform ? SLOT.platformMembers : SLOT.communityMembers]! -= 1
    countMembership(rm, team, data.volunteerId, -1, counters)
  } else {
    team.dissolved = true
    counters[team.platform ? SLOT.platformTeams : SLOT.communityTeams]! -= 1
    counters[team.platform ? SLOT.platformMembers : SLOT.communityMembers]! -= team.members.size
    for (const volunteerId of team.members) countMembership(rm, team, volunteerId, -1, counters)
    countOrganization(rm, team, -1, counters)
    team.members.clear()
  }
}

const addMember = (
  rm: WorkReportReadModel,
  team: TeamFacts,
  volunteerId: string,
  counters: Float64Array,
): void => {
  team.members.add(volunteerId)
  counters[team.platform ? SLOT.platformMembers : SLOT.communityMembers]! += 1
  countMembership(rm, team, volunteerId, 1, counters)
}
