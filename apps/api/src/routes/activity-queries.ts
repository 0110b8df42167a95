import {
  activityDirectory,
  queryActivities,
  queryActivity,
  queryMonthlyThemes,
  queryShifts,
  queryThemeCompliance,
  type ShiftRow,
} from '@wenming/projections'
import { z } from 'zod'
import type { LiveProjections } from '../live-projections.js'
import type { Role } from '../principal.js'
import { httpProblem } from '../problem-details.js'
import { queryRoute, type QueryRoute } from '../query-route.js'
import { themeComplianceSchema } from './read-schemas.js'
import { readModelAnswers } from '../read-model-answer.js'
import { definedFields, monthParam, paging, readId } from './read-params.js'

const everyone: readonly Role[] = [
  'resident',
  'station-admin',
  'institute-admin',
  'centre-dispatcher',
  'team-leader',
  'auditor',
]

/** Who sees a shift's check-in code: those who run it, not those who prove presence with it. */
const seesCheckInCode = (role: Role): boolean => role !== 'resident' && role !== 'volunteer'

const withoutCode = ({ checkInCode: _code, ...shift }: ShiftRow) => shift

/** Activities (list and one), the monthly themes and a month's theme compliance. */
export const activityQueryRoutes = (live: LiveProjections): QueryRoute[] => {
  const answers = readModelAnswers(live, activityDirectory.name)
  const model = () => live.runner.readModel(activityDirectory)
  return [
    queryRoute({
      url: '/activities',
      operationId: 'listActivities',
      summary: 'Activities by site, cluster, kind, theme and month, latest first',
      tag: 'activities',
      params: z.object({}),
      query: z.strictObject({
        siteId: readId.optional().describe('Organised by this site'),
        clusterId: readId.optional(),
        kind: z.enum(['square', 'regular', 'festival', 'traffic_persuasion', 'themed']).optional(),
        themeMonth: monthParam.optional().describe('Carrying the theme of this month'),
        month: monthParam.optional().describe('Held or planned in this month'),
        status: z.enum(['planned', 'held', 'cancelled']).optional(),
        ...paging,
      }),
      roles: everyone,
      execute: ({ query }) =>
        Promise.resolve(
          answers.answer(`activities|${JSON.stringify(query)}`, () =>
            queryActivities(model(), definedFields(query)),
          ),
        ),
    }),
    queryRoute({
      url: '/activities/:activityId',
      operationId: 'getActivity',
      summary: 'One activity as it stands: planned, held (with its figures) or cancelled',
      tag: 'activities',
      params: z.strictObject({ activityId: readId }),
      query: z.strictObject({}),
      roles: everyone,
      execute: ({ params }) => {
        const activity = queryActivity(model(), params.activityId)
        if (activity === undefined) {
          throw httpProblem(
            404,
            'not-found',
            'Activity not found',
            `No activity ${params.activityId}`,
          )
        }
        return Promise.resolve(answers.answer(`activity|${params.activityId}`, () => activity))
      },
    }),
    queryRoute({
      url: '/activities/:activityId/shifts',
      operationId: 'listActivityShifts',
      summary: 'The shifts of an activity, earliest first, with who is present and who attended',
      tag: 'activities',
      description:
        'Each shift’s post, times, cap on hours and counts of volunteers present (checked in, not out) and attended. The check-in code is left out for residents and volunteers: they give it at the post.',
      params: z.strictObject({ activityId: readId }),
      query: z.strictObject({}),
      roles: [...everyone, 'volunteer'],
      execute: ({ params, principal }) => {
        if (queryActivity(model(), params.activityId) === undefined) {
          throw httpProblem(
            404,
            'not-found',
            'Activity not found',
            `No activity ${params.activityId}`,
          )
        }
        const sees = seesCheckInCode(principal.role)
        return Promise.resolve(
          answers.answer(`shifts|${params.activityId}|${sees}`, () => {
            const shifts = queryShifts(model(), params.activityId)
            return {
              activityId: params.activityId,
              shifts: sees ? shifts : shifts.map(withoutCode),
            }
          }),
        )
      },
    }),
    queryRoute({
      url: '/monthly-themes',
      operationId: 'listThemes',
      summary: 'The monthly themes the centre set, by month',
      tag: 'activities',
      params: z.object({}),
      query: z.strictObject({}),
      roles: everyone,
      execute: () =>
        Promise.resolve(answers.answer('themes', () => ({ themes: queryMonthlyThemes(model()) }))),
    }),
    queryRoute({
      url: '/monthly-themes/:month',
      operationId: 'themeCompliance',
      summary:
        'The theme of a month and its compliance list: stations and institutes with and without ' +
        'a themed activity that month',
      tag: 'activities',
      description:
        'A site complies when it organised a held activity carrying the month’s theme (themeMonth). parentId keeps the sites under one institute.',
      response: themeComplianceSchema,
      params: z.strictObject({ month: monthParam }),
      query: z.strictObject({ parentId: readId.optional().describe('Only sites under this one') }),
      roles: everyone,
      execute: ({ params, query }) =>
        Promise.resolve(
          answers.answer(`compliance|${params.month}|${query.parentId ?? ''}`, () =>
            queryThemeCompliance(model(), { month: params.month, ...definedFields(query) }),
          ),
        ),
    }),
  ]
}
