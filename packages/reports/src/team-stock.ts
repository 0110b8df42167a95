import { SLOT } from './counter-slot.js'
import type { TeamFacts } from './work-report-read-model.js'

/** Adds `change` to a tally; true when the key starts or stops counting (0 before or after). */
const tally = (counts: Map<string, number>, key: string, change: 1 | -1): boolean => {
  const before = counts.get(key) ?? 0
  const after = before + change
  if (after === 0) counts.delete(key)
  else counts.set(key, after)
  return before === 0 || after === 0
}

/** Counts a volunteer in (or out of) the team's figures: once however many of its teams they are in. */
export const countMembership = (
  team: TeamFacts,
  volunteerId: string,
  change: 1 | -1,
  counters: Float64Array,
): void => {
  const { volunteerTeams, platformVolunteerTeams } = team.figures
  if (tally(volunteerTeams, volunteerId, change)) counters[SLOT.volunteers]! += change
  if (team.platform && tally(platformVolunteerTeams, volunteerId, change))
    counters[SLOT.platformVolunteers]! += change
}

/** Counts a platform team's organisation in (or out of) the team's figures, once per organisation. */
export const countOrganization = (
  team: TeamFacts,
  change: 1 | -1,
  counters: Float64Array,
): void => {
  if (team.platform && tally(team.figures.platformOrganizations, team.organizationId, change))
    counters[SLOT.organizations]! += change
}

/**
 * Counts a whole team, its members, volunteers and organisation, into (+1) or out of (-1) the
 * figures it points at: when it dissolves, or is pooled into or withdrawn from a scoped cluster.
 */
export const countTeamStock = (team: TeamFacts, counters: Float64Array, change: 1 | -1): void => {
  counters[team.platform ? SLOT.platformTeams : SLOT.communityTeams]! += change
  counters[team.platform ? SLOT.platformMembers : SLOT.communityMembers]! +=
    change * team.members.size
  for (const volunteerId of team.members) countMembership(team, volunteerId, change, counters)
  countOrganization(team, change, counters)
}
