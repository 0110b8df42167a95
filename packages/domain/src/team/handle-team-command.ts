import type { CommandContext, EventStore } from '@wenming/event-store'
import type { DomainResult } from '../shared/domain-result.js'
import { readState } from '../shared/read-state.js'
import { siteStream, teamStream } from '../shared/stream-names.js'
import { siteDecider } from '../site/site-decider.js'
import { siteFacts } from '../site/site-facts.js'
import type { TeamCommand } from './commands.js'
import type { TeamDeciderCommand } from './decide.js'
import type { TeamError } from './errors.js'
import type { TeamEvent } from './events.js'
import { volunteerDecider } from '../volunteer/volunteer-decider.js'
import { volunteerStream } from '../volunteer/volunteer-stream.js'
import { handleTeamDecision } from './handle-team-decision.js'

const volunteerStatus = async (store: EventStore, volunteerId: string) => {
  const volunteer = await readState(store, volunteerDecider, volunteerStream(volunteerId))
  return volunteer.status === 'unregistered' ? null : { status: volunteer.status }
}

/**
 * Handles a team command on `team-<teamId>`, reading a new team's home site, and a joining member's
 * registration (V1), from their streams.
 */
export const handleTeamCommand = async (
  store: EventStore,
  command: TeamCommand,
  context: CommandContext,
): Promise<DomainResult<TeamEvent, TeamError>> => {
  const decided: TeamDeciderCommand =
    command.type === 'RegisterTeam'
      ? {
          ...command,
          facts: {
            homeSite: siteFacts(
              await readState(store, siteDecider, siteStream(command.data.homeSiteId)),
            ),
          },
        }
      : command.type === 'JoinTeam'
        ? {
            ...command,
            facts: { volunteer: await volunteerStatus(store, command.data.volunteerId) },
          }
        : command
  const result = await handleTeamDecision(store, teamStream(command.data.teamId), decided, context)
  return result.ok
    ? { ok: true, events: result.events, nextExpectedRevision: result.nextExpectedRevision }
    : { ok: false, error: result.error }
}
