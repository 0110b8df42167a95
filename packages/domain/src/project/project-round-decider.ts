import type { DecideResult, Decider } from '@wenming/event-store'
import { unknownEvent } from '../shared/unknown-event.js'
import type { WithFacts } from '../shared/with-facts.js'
import type { SiteFacts } from '../site/site-facts.js'
import type { CloseProjectRound, OpenProjectRound, ScoreProject } from './commands.js'
import type { ProjectError } from './errors.js'
import type { ProjectRoundEvent } from './events.js'
import { initialProjectRoundState, type ProjectRoundState, type ProjectState } from './state.js'

/** The commands of a round, each with what its handler read from other streams. */
export type ProjectRoundDeciderCommand =
  | WithFacts<OpenProjectRound, { readonly centre: SiteFacts | null }>
  | WithFacts<ScoreProject, { readonly project: ProjectState }>
  | CloseProjectRound

type Result = DecideResult<ProjectRoundEvent, ProjectError>

const fail = (error: ProjectError): Result => ({ ok: false, error })

const decide = (command: ProjectRoundDeciderCommand, state: ProjectRoundState): Result => {
  const { roundId } = command.data
  const by = command.metadata.actor.id
  const at = command.metadata.now
  if (command.type === 'OpenProjectRound') {
    if (state.status !== 'none') return fail({ type: 'ProjectRoundAlreadyOpened', roundId })
    const { districtId, title } = command.data
    const { centre } = command.facts
    if (centre?.siteId !== districtId || centre.level !== 'center' || centre.status !== 'open') {
      return fail({ type: 'ProjectRoundDistrictUnavailable', districtId })
    }
    return {
      ok: true,
      events: [
        { type: 'ProjectRoundOpened', data: { roundId, districtId, title, openedBy: by, at } },
      ],
    }
  }
  if (state.status === 'none') return fail({ type: 'ProjectRoundNotFound', roundId })
  if (state.status === 'closed') return fail({ type: 'ProjectRoundClosed', roundId })
  if (command.type === 'ScoreProject') {
    const { projectId, score } = command.data
    const { project } = command.facts
    if (project.status === 'none') return fail({ type: 'ProjectNotFound', projectId })
    if (project.districtId !== state.districtId) {
      return fail({ type: 'ProjectNotInRoundDistrict', roundId, projectId })
    }
    if (state.scores[projectId]?.[by] !== undefined) {
      return fail({ type: 'ProjectAlreadyScoredByJudge', roundId, projectId, judgeId: by })
    }
    return {
      ok: true,
      events: [{ type: 'ProjectScored', data: { roundId, projectId, judgeId: by, score, at } }],
    }
  }
  const unscored = command.data.winners.find((projectId) => state.scores[projectId] === undefined)
  if (unscored !== undefined) return fail({ type: 'WinnerNotScored', roundId, projectId: unscored })
  return {
    ok: true,
    events: [
      {
        type: 'ProjectRoundClosed',
        data: { roundId, winners: command.data.winners, closedBy: by, at },
      },
    ],
  }
}

const evolve = (state: ProjectRoundState, event: ProjectRoundEvent): ProjectRoundState => {
  switch (event.type) {
    case 'ProjectRoundOpened': {
      const { roundId, districtId, title } = event.data
      return { status: 'open', roundId, districtId, title, scores: {}, winners: [] }
    }
    case 'ProjectScored': {
      if (state.status === 'none') return state
      const { projectId, judgeId, score } = event.data
      const scores = {
        ...state.scores,
        [projectId]: { ...state.scores[projectId], [judgeId]: score },
      }
      return { ...state, scores }
    }
    case 'ProjectRoundClosed':
      return state.status === 'none'
        ? state
        : { ...state, status: 'closed', winners: event.data.winners }
    default:
      return unknownEvent(event)
  }
}

/** A project competition round, on `competition-round-<id>` (S4): opened, scored, closed by the centre. */
export const projectRoundDecider: Decider<
  ProjectRoundDeciderCommand,
  ProjectRoundEvent,
  ProjectRoundState,
  ProjectError
> = { initialState: initialProjectRoundState, evolve, decide }
