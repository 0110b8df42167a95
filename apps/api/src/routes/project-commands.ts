import {
  closeProjectRoundSchema,
  openProjectRoundSchema,
  projectRoundStream,
  projectStream,
  scoreProjectSchema,
  submitProjectSchema,
  type WenmingDomain,
} from '@wenming/domain'
import type { CommandRoute } from '../command-route.js'
import { domainCommandRoute } from '../domain-command-route.js'
import { leadsTeam, managesSite } from '../scope.js'

const tag = 'projects'
const roundStream = (data: { roundId: string }): string => projectRoundStream(data.roundId)
const roundLocation = (data: { roundId: string }): string => `/project-rounds/${data.roundId}`

/** The project library and competition (S4): submit, open a round, score, close with winners. */
export const projectCommandRoutes = (domain: WenmingDomain): CommandRoute[] => [
  domainCommandRoute({
    url: '/projects',
    operationId: 'submitProject',
    summary: 'A site or organisation submits a project to the district’s library (S4)',
    tag,
    schema: submitProjectSchema,
    fromParams: [],
    generatedId: 'projectId',
    roles: ['station-admin', 'institute-admin', 'team-leader', 'centre-dispatcher'],
    // A team's leader for its organisation, or the admin of the team's home site.
    authorize: async (principal, data, { store }) => {
      if (principal.role === 'team-leader') return leadsTeam(principal, data.teamId)
      const team = await domain.readTeam(store, data.teamId)
      return team.status === 'unregistered'
        ? principal.role === 'centre-dispatcher'
        : managesSite(principal, team.homeSiteId)
    },
    handle: domain.handleProjectCommand,
    stream: (data) => projectStream(data.projectId),
    location: (data) => `/projects/${data.projectId}`,
    successStatus: 201,
  }),
  domainCommandRoute({
    url: '/project-rounds',
    operationId: 'openProjectRound',
    summary: 'The centre opens a project competition round of its district (S4)',
    tag,
    schema: openProjectRoundSchema,
    fromParams: [],
    generatedId: 'roundId',
    roles: ['centre-dispatcher'],
    handle: domain.handleProjectCommand,
    stream: roundStream,
    location: roundLocation,
    successStatus: 201,
  }),
  domainCommandRoute({
    url: '/project-rounds/:roundId/scores',
    operationId: 'scoreProject',
    summary: 'A judge scores a submitted project in an open round, once (0-100, S4)',
    tag,
    schema: scoreProjectSchema,
    fromParams: ['roundId'],
    roles: ['judge'],
    handle: domain.handleProjectCommand,
    stream: roundStream,
    location: roundLocation,
  }),
  domainCommandRoute({
    url: '/project-rounds/:roundId/close',
    operationId: 'closeProjectRound',
    summary:
      'The centre closes a round with its winners; each becomes a catalogue entry its team serves (S4)',
    tag,
    schema: closeProjectRoundSchema,
    fromParams: ['roundId'],
    roles: ['centre-dispatcher'],
    handle: domain.handleProjectCommand,
    stream: roundStream,
    location: roundLocation,
  }),
]
