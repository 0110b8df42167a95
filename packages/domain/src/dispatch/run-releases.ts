import type { CommandContext, EventStore } from '@wenming/event-store'
import { stepContext } from '../shared/step-context.js'
import { teamStream } from '../shared/stream-names.js'
import type { TeamCapacityCommand } from '../team/commands.js'
import type { TeamEvent } from '../team/events.js'
import { handleTeamDecision } from '../team/handle-team-decision.js'

/**
 * Sends the dispatch process's release commands to their teams' streams. A release whose reservation
 * is already gone is refused by the team and skipped: the capacity is free either way.
 */
export const runReleases = async (
  store: EventStore,
  commands: readonly TeamCapacityCommand[],
  context: CommandContext,
): Promise<TeamEvent[]> => {
  const events: TeamEvent[] = []
  for (const [index, command] of commands.entries()) {
    const step = commands.length === 1 ? context : stepContext(context, String(index))
    const result = await handleTeamDecision(store, teamStream(command.data.teamId), command, step)
    if (result.ok) events.push(...result.events)
  }
  return events
}
