import { projectLibrary, queryProjectLibrary, queryProjectRounds } from '@wenming/projections'
import { z } from 'zod'
import type { LiveProjections } from '../live-projections.js'
import type { Role } from '../principal.js'
import { queryRoute, type QueryRoute } from '../query-route.js'
import { readModelAnswers } from '../read-model-answer.js'
import { definedFields, readId } from './read-params.js'

const readers: readonly Role[] = [
  'station-admin',
  'institute-admin',
  'centre-dispatcher',
  'team-leader',
  'auditor',
  'judge',
]

/** The project library and the competition rounds, from the `project-library` read model (S4). */
export const projectQueryRoutes = (live: LiveProjections): QueryRoute[] => {
  const answers = readModelAnswers(live, projectLibrary.name)
  const model = () => live.runner.readModel(projectLibrary)
  return [
    queryRoute({
      url: '/projects',
      operationId: 'listProjects',
      summary:
        'The project library: submitted and winning projects, newest first, with scores (S4)',
      tag: 'projects',
      params: z.object({}),
      query: z.strictObject({
        districtId: readId.optional(),
        status: z.enum(['submitted', 'awarded']).optional(),
        roundId: readId.optional().describe('Scored in this round (its mean score only)'),
      }),
      roles: readers,
      execute: ({ query }) =>
        Promise.resolve(
          answers.answer(`projects|${JSON.stringify(query)}`, () => ({
            projects: queryProjectLibrary(model(), definedFields(query)),
          })),
        ),
    }),
    queryRoute({
      url: '/project-rounds',
      operationId: 'listProjectRounds',
      summary: 'The competition rounds, newest first, with their scored projects and winners (S4)',
      tag: 'projects',
      params: z.object({}),
      query: z.strictObject({}),
      roles: readers,
      execute: () =>
        Promise.resolve(answers.answer('rounds', () => ({ rounds: queryProjectRounds(model()) }))),
    }),
  ]
}
