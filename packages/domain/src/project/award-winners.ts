import type { CommandContext, EventStore } from '@wenming/event-store'
import { catalogueStream } from '../catalogue/catalogue-stream.js'
import type { CatalogueError } from '../catalogue/errors.js'
import type { CatalogueEvent } from '../catalogue/events.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import type { CommandMetadata } from '../shared/command-metadata.js'
import { stepContext } from '../shared/step-context.js'
import { siteStream, teamStream } from '../shared/stream-names.js'
import { siteFacts } from '../site/site-facts.js'
import { handleTeamCommand } from '../team/handle-team-command.js'
import type { TeamError } from '../team/errors.js'
import type { TeamEvent } from '../team/events.js'
import { teamFacts } from '../team/team-facts.js'
import type { ProjectError } from './errors.js'
import { projectEntryCode, type ProjectEvent } from './events.js'
import { projectStream } from './project-streams.js'

/** What awarding a round's winners recorded. */
export type AwardEvent = ProjectEvent | CatalogueEvent | TeamEvent

/** Why awarding a winner stopped. */
export type AwardError = ProjectError | CatalogueError | TeamError

/**
 * S4, once a round closed: each winner becomes an entry of the district's catalogue (its source the
 * project, its platform the project category's) and a category of the project's team, which then
 * serves it district-wide; the project records its award. Every step's command id derives from the
 * closing command's, so re-sending the close, or the recovery pass
 * (`recoverRoundAwards`), finishes what a crash left. A refusal stops it, with the events recorded
 * before it.
 */
export const awardWinners = async (
  runtime: DomainRuntime,
  store: EventStore,
  roundId: string,
  winners: readonly string[],
  metadata: CommandMetadata,
  context: CommandContext,
): Promise<{ events: AwardEvent[]; error?: AwardError }> => {
  const events: AwardEvent[] = []
  for (const projectId of winners) {
    const project = await runtime.read.project(store, projectStream(projectId))
    if (project.status === 'none') return { events, error: { type: 'ProjectNotFound', projectId } }
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
      if (!published.ok) return { events, error: published.error }
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
      if (!changed.ok) return { events, error: changed.error }
      events.push(...changed.events)
    }
    const awarded = await runtime.handle.project(
      store,
      projectStream(projectId),
      { type: 'AwardProject', data: { projectId, roundId }, metadata },
      stepContext(context, `award:${projectId}`),
    )
    if (!awarded.ok) return { events, error: awarded.error }
    events.push(...awarded.events)
  }
  return { events }
}
