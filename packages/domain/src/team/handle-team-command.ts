import type { CommandContext, EventStore } from '@wenming/event-store'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import type { DomainResult } from '../shared/domain-result.js'
import { siteStream, teamStream } from '../shared/stream-names.js'
import { siteFacts } from '../site/site-facts.js'
import type { TeamCommand } from './commands.js'
import type { TeamDeciderCommand } from './decide.js'
import type { TeamError } from './errors.js'
import type { TeamEvent } from './events.js'

/** Handles a team command on `team-<teamId>`, reading a new team's home site from its stream. */
export const handleTeamCommand = async (
  runtime: DomainRuntime,
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
              await runtime.read.site(store, siteStream(command.data.homeSiteId)),
            ),
          },
        }
      : command
  const result = await runtime.handle.team(store, teamStream(command.data.teamId), decided, context)
  return result.ok
    ? { ok: true, events: result.events, nextExpectedRevision: result.nextExpectedRevision }
    : { ok: false, error: result.error }
}
