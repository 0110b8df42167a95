import type { CommandContext, EventStore } from '@wenming/event-store'
import { catalogueStream } from '../catalogue/catalogue-stream.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import type { DomainResult } from '../shared/domain-result.js'
import { stepContext } from '../shared/step-context.js'
import { siteStream, teamStream } from '../shared/stream-names.js'
import { readSiteDistrictById } from '../site/read-site-district.js'
import { siteFacts } from '../site/site-facts.js'
import { teamFacts } from '../team/team-facts.js'
import { awardWinners, type AwardError, type AwardEvent } from './award-winners.js'
import type { ProjectCommand } from './commands.js'
import type { ProjectRoundEvent } from './events.js'
import { projectRoundStream, projectStream } from './project-streams.js'

type Result = DomainResult<ProjectRoundEvent | AwardEvent, AwardError>

const plain = <E, X>(
  result:
    { ok: true; events: readonly E[]; nextExpectedRevision: number } | { ok: false; error: X },
): DomainResult<E, X> =>
  result.ok
    ? { ok: true, events: [...result.events], nextExpectedRevision: result.nextExpectedRevision }
    : { ok: false, error: result.error }

/**
 * Handles a project or round command (S4): a submission reads its team, district and catalogue; a
 * round's opening reads the centre; a score reads the project; a close records the winners, then
 * turns each into a catalogue entry its team serves (see {@link awardWinners}).
 */
export const handleProjectCommand = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: ProjectCommand,
  context: CommandContext,
): Promise<Result> => {
  switch (command.type) {
    case 'SubmitProject': {
      const team = teamFacts(await runtime.read.team(store, teamStream(command.data.teamId)))
      const districtId =
        team === null
          ? null
          : (team.homeDistrictId ?? (await readSiteDistrictById(runtime, store, team.homeSiteId)))
      const catalogue =
        districtId === null
          ? null
          : await runtime.read.catalogue(store, catalogueStream(districtId))
      return plain(
        await runtime.handle.project(
          store,
          projectStream(command.data.projectId),
          { ...command, facts: { team, districtId, catalogue } },
          context,
        ),
      )
    }
    case 'OpenProjectRound': {
      const centre = siteFacts(await runtime.read.site(store, siteStream(command.data.districtId)))
      return plain(
        await runtime.handle.projectRound(
          store,
          projectRoundStream(command.data.roundId),
          { ...command, facts: { centre } },
          context,
        ),
      )
    }
    case 'ScoreProject': {
      const project = await runtime.read.project(store, projectStream(command.data.projectId))
      return plain(
        await runtime.handle.projectRound(
          store,
          projectRoundStream(command.data.roundId),
          { ...command, facts: { project } },
          context,
        ),
      )
    }
    case 'CloseProjectRound': {
      const closed = await runtime.handle.projectRound(
        store,
        projectRoundStream(command.data.roundId),
        command,
        stepContext(context, 'close'),
      )
      if (!closed.ok) return { ok: false, error: closed.error }
      const awarded = await awardWinners(
        runtime,
        store,
        command.data.roundId,
        command.data.winners,
        command.metadata,
        context,
      )
      if (awarded.error !== undefined) return { ok: false, error: awarded.error }
      return {
        ok: true,
        events: [...closed.events, ...awarded.events],
        nextExpectedRevision: closed.nextExpectedRevision,
      }
    }
  }
}
