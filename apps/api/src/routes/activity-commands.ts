import {
  activityStream,
  cancelActivitySchema,
  holdActivitySchema,
  monthlyThemeStream,
  planActivitySchema,
  setMonthlyThemeSchema,
  type WenmingDomain,
} from '@wenming/domain'
import type { ApiDependencies, CommandRoute } from '../command-route.js'
import { domainCommandRoute } from '../domain-command-route.js'
import type { Principal, Role } from '../principal.js'
import { httpProblem } from '../problem-details.js'
import { managesSite } from '../scope.js'

const tag = 'activities'
const organizers: readonly Role[] = ['centre-dispatcher', 'institute-admin', 'station-admin']
const stream = (data: { activityId: string }): string => activityStream(data.activityId)
const location = (data: { activityId: string }): string => `/activities/${data.activityId}`

/** The organising site's admins (and the dispatcher) report or cancel a planned activity. */
const organizerOf =
  (domain: WenmingDomain) =>
  async (
    principal: Principal,
    data: { activityId: string },
    { store }: ApiDependencies,
  ): Promise<boolean> => {
    const state = await domain.readActivity(store, data.activityId)
    if (state.status === 'none') {
      throw httpProblem(404, 'not-found', 'Activity not found', `No activity ${data.activityId}`)
    }
    return managesSite(principal, state.plan.organizerSiteId)
  }

/** Activity commands (plan, hold, cancel) and the month's theme. */
export const activityCommandRoutes = (domain: WenmingDomain): CommandRoute[] => [
  domainCommandRoute({
    url: '/activities',
    operationId: 'planActivity',
    summary:
      'Plans an activity of a site: square event, regular service, festival, persuasion, theme',
    tag,
    schema: planActivitySchema,
    fromParams: [],
    generatedId: 'activityId',
    roles: organizers,
    authorize: (principal, data) => Promise.resolve(managesSite(principal, data.organizerSiteId)),
    handle: domain.handleActivityCommand,
    stream,
    location,
    successStatus: 201,
  }),
  domainCommandRoute({
    url: '/activities/:activityId/hold',
    operationId: 'holdActivity',
    summary: 'Reports a planned activity as held: date, teams, volunteers, hours, audience',
    tag,
    schema: holdActivitySchema,
    fromParams: ['activityId'],
    roles: organizers,
    authorize: organizerOf(domain),
    handle: domain.handleActivityCommand,
    stream,
    location,
  }),
  domainCommandRoute({
    url: '/activities/:activityId/cancel',
    operationId: 'cancelActivity',
    summary: 'Calls off a planned activity with a reason',
    tag,
    schema: cancelActivitySchema,
    fromParams: ['activityId'],
    roles: organizers,
    authorize: organizerOf(domain),
    handle: domain.handleActivityCommand,
    stream,
    location,
  }),
  domainCommandRoute({
    url: '/monthly-themes/:month',
    operationId: 'setMonthlyTheme',
    summary: 'Sets (or revises) the theme of a month',
    tag,
    schema: setMonthlyThemeSchema,
    fromParams: ['month'],
    roles: ['centre-dispatcher'],
    handle: domain.handleMonthlyThemeCommand,
    stream: (data) => monthlyThemeStream(data.month),
    location: (data) => `/monthly-themes/${data.month}`,
  }),
]
