import type { Decider } from '@wenming/event-store'
import { decideTeam, type TeamDeciderCommand } from './decide.js'
import type { TeamError } from './errors.js'
import type { TeamEvent } from './events.js'
import { evolveTeam } from './evolve.js'
import { initialTeamState, type TeamState } from './state.js'

/** The team aggregate: members, categories, status and the reservations that enforce capacity (T1). */
export const teamDecider: Decider<TeamDeciderCommand, TeamEvent, TeamState, TeamError> = {
  initialState: initialTeamState,
  evolve: evolveTeam,
  decide: decideTeam,
}
