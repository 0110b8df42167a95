import type { CommandContext, EventStore } from '@wenming/event-store'
import { catalogueStream } from '../catalogue/catalogue-stream.js'
import type { CatalogueError } from '../catalogue/errors.js'
import type { CatalogueEvent } from '../catalogue/events.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import type { DomainResult } from '../shared/domain-result.js'
import { stepContext } from '../shared/step-context.js'
import { siteStream, teamStream } from '../shared/stream-names.js'
import { readSiteDistrictById } from '../site/read-site-district.js'
import { siteFacts } from '../site/site-facts.js'
import { handleTeamCommand } from '../team/handle-team-command.js'
import type { TeamError } from '../team/errors.js'
import type { TeamEvent } from '../team/events.js'
import { teamFacts } from '../team/team-facts.js'
import type { ProjectCommand } from './commands.js'
import type { ProjectError } from './errors.js'
import { projectEntryCode, type ProjectEvent, type ProjectRoundEvent } from './events.js'
import { projectRoundStream, projectStream } from './project-streams.js'

type Recorded = ProjectEvent | ProjectRoundEvent | CatalogueEvent | TeamEvent
type Result = DomainResult<Recorded, ProjectError | CatalogueError | TeamError>

const plain = <E, X>(
  result:
    { ok: true; events: readonly E[]; nextExpectedRevision: number } | { ok: false; error: X },
): DomainResult<E, X> =>
  result.ok
    ? { ok: true, events: [...result.events], nextExpectedRevision: result.nextExpectedRevision }
    : { ok: false, error: result.error }

/**
 * S4, once a round closed: each winner becomes an entry of the district's catalogue (its source the
 * project, its platform the project category's) and a category of the project's team, which then
 * serves it district-wide; the project records its award. Every step's command id derives from the
 * closing command's, so re-sending the close finishes what a crash left.
 */
const awardWinners = async (
  runtime: DomainRuntime,
  store: EventStore,
  roundId: string,
  winners: readonly string[],
  metadata: ProjectCommand['metadata'],
  context: CommandContext,
): Promise<{ events: Recorded[] } | { error: ProjectError | CatalogueError | TeamError }> => {
  const events: Recorded[] = []
  for (const projectId of winners) {
    const project = await runtime.read.project(store, projectStream(projectId))
    if (project.status === 'none') return { error: { type: 'ProjectNotFound', projectId } }
    const code = projectEntryCode(projectId)
    const catalogue = await runtime.read.catalogue(store, catalogueStream(project.districtId))
    const platform = catalogue.items[project.category]?.entry.platform ?? project.category
    if (catalogue.items[code] === undefined) {
      const centre = siteFacts(await runtime.read.site(store, siteStream(project.districtId)))
      const published = await runtime.handle.catalogue(
        store,
        catalogueStream(project.districtId),
        {
          type: 'PublishCatalogueEntry',
          data: {
            districtId: project.districtId,
            entry: {
              code,
              name: project.title,
              description: `${project.description}（服务对象：${project.targetGroup}）`,
              platform,
              attributes: [],
              orderableBy: 'residents',
            },
          },
          metadata,
          facts: { centre },
          source: { projectId, roundId, teamId: project.teamId },
        },
        stepContext(context, `publish:${projectId}`),
      )
      if (!published.ok) return { error: published.error }
      events.push(...published.events)
    }
    const team = teamFacts(await runtime.read.team(store, teamStream(project.teamId)))
    if (team !== null && !team.categories.includes(code)) {
      const changed = await handleTeamCommand(
        runtime,
        store,
        {
          type: 'ChangeTeamCategories',
          data: { teamId: project.teamId, categories: [...team.categories, code] },
          metadata,
        },
        stepContext(context, `serve:${projectId}`),
      )
      if (!changed.ok) return { error: changed.error }
      events.push(...changed.events)
    }
    const awarded = await runtime.handle.project(
      store,
      projectStream(projectId),
      { type: 'AwardProject', data: { projectId, roundId }, metadata },
      stepContext(context, `award:${projectId}`),
    )
    if (!awarded.ok) return { error: awarded.error }
    events.push(...awarded.events)
  }
  return { events }
}

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
      if ('error' in awarded) return { ok: false, error: awarded.error }
      return {
        ok: true,
        events: [...closed.events, ...awarded.events],
        nextExpectedRevision: closed.nextExpectedRevision,
      }
    }
  }
}
