import type { DecideResult, Decider } from '@wenming/event-store'
import type { CatalogueState } from '../catalogue/state.js'
import { findActiveEntry } from '../catalogue/find-entry.js'
import type { CommandMetadata } from '../shared/command-metadata.js'
import { unknownEvent } from '../shared/unknown-event.js'
import type { WithFacts } from '../shared/with-facts.js'
import type { TeamFacts } from '../team/team-facts.js'
import type { SubmitProject } from './commands.js'
import type { ProjectError } from './errors.js'
import { projectEntryCode, type ProjectEvent } from './events.js'
import { initialProjectState, type ProjectState } from './state.js'

/** A submission with its team, the team's district and that district's catalogue, read from their streams. */
export type SubmitProjectWithFacts = WithFacts<
  SubmitProject,
  {
    readonly team: TeamFacts | null
    readonly districtId: string | null
    readonly catalogue: CatalogueState | null
  }
>

/** Sent only by the round-closing process: a winner became its catalogue entry. */
export type AwardProject = {
  readonly type: 'AwardProject'
  readonly data: { readonly projectId: string; readonly roundId: string }
  readonly metadata: CommandMetadata
}

export type ProjectDeciderCommand = SubmitProjectWithFacts | AwardProject

type Result = DecideResult<ProjectEvent, ProjectError>

const decide = (command: ProjectDeciderCommand, state: ProjectState): Result => {
  const { projectId } = command.data
  const at = command.metadata.now
  if (command.type === 'AwardProject') {
    if (state.status === 'none') return { ok: false, error: { type: 'ProjectNotFound', projectId } }
    if (state.status === 'awarded') return { ok: true, events: [] }
    const { roundId } = command.data
    const entryCode = projectEntryCode(projectId)
    return {
      ok: true,
      events: [{ type: 'ProjectAwarded', data: { projectId, roundId, entryCode, at } }],
    }
  }
  if (state.status !== 'none') {
    return { ok: false, error: { type: 'ProjectAlreadySubmitted', projectId } }
  }
  const { team, districtId, catalogue } = command.facts
  const { teamId, category } = command.data
  if (team === null || team.status !== 'active' || districtId === null) {
    return { ok: false, error: { type: 'ProjectTeamUnavailable', projectId, teamId } }
  }
  const found = findActiveEntry(catalogue, districtId, category)
  if ('refusal' in found) return { ok: false, error: found.refusal }
  return {
    ok: true,
    events: [
      {
        type: 'ProjectSubmitted',
        data: { ...command.data, districtId, submittedBy: command.metadata.actor.id, at },
      },
    ],
  }
}

const evolve = (state: ProjectState, event: ProjectEvent): ProjectState => {
  switch (event.type) {
    case 'ProjectSubmitted': {
      const { submittedBy: _by, at: _at, ...project } = event.data
      return { status: 'submitted', ...project, entryCode: null }
    }
    case 'ProjectAwarded':
      return state.status === 'none'
        ? state
        : { ...state, status: 'awarded', entryCode: event.data.entryCode }
    default:
      return unknownEvent(event)
  }
}

/** A project of the district's library, on `project-<id>` (S4). */
export const projectDecider: Decider<
  ProjectDeciderCommand,
  ProjectEvent,
  ProjectState,
  ProjectError
> = { initialState: initialProjectState, evolve, decide }
