import {
  networkDirectory,
  queryCluster,
  queryClusters,
  queryServiceCircle,
  querySite,
  querySites,
  querySiteTree,
  queryTeam,
  queryTeams,
  type TeamEntry,
} from '@wenming/projections'
import { z } from 'zod'
import type { LiveProjections } from '../live-projections.js'
import type { Principal, Role } from '../principal.js'
import { httpProblem } from '../problem-details.js'
import { queryRoute, type QueryRoute } from '../query-route.js'
import {
  serviceCircleSchema,
  sitePageSchema,
  siteSchema,
  teamPageSchema,
  teamSchema,
} from './read-schemas.js'
import { readModelAnswers } from '../read-model-answer.js'
import { definedFields, paging, queryFlag, readId } from './read-params.js'

const everyone: readonly Role[] = [
  'resident',
  'station-admin',
  'institute-admin',
  'centre-dispatcher',
  'team-leader',
  'auditor',
]

const notFound = (what: string, id: string) =>
  httpProblem(404, 'not-found', `${what} not found`, `No ${what.toLowerCase()} ${id}`)

/** Residents see a team without its member list (display names are personal enough). */
const forViewer = (
  principal: Principal,
  team: TeamEntry,
): TeamEntry | Omit<TeamEntry, 'members'> => {
  if (principal.role !== 'resident') return team
  const { members: _members, ...rest } = team
  return rest
}

const viewerKey = (principal: Principal): string => (principal.role === 'resident' ? 'r' : 's')

const siteLevel = z.enum(['center', 'institute', 'station', 'point'])

/**
 * The network as a newcomer finds it: sites (list, tree, one with its children), teams, clusters
 * and the service circle, from the network directory, with its freshness and an ETag.
 */
export const networkQueryRoutes = (live: LiveProjections): QueryRoute[] => {
  const answers = readModelAnswers(live, networkDirectory.name)
  const model = () => live.runner.readModel(networkDirectory)
  return [
    queryRoute({
      url: '/sites',
      operationId: 'listSites',
      summary: 'Sites of the practice network, top down, filterable, a page at a time',
      tag: 'network',
      description:
        'Every open site, top down (centre, institutes, stations, points), then by id. Filter by level, parent, cluster, weak mark or kind; page with limit and offset. Freshness in X-Projection-Checkpoint / -Behind; an ETag of the bytes answers If-None-Match with 304.',
      response: sitePageSchema,
      params: z.object({}),
      query: z.strictObject({
        level: siteLevel.optional(),
        parentId: readId.optional(),
        clusterId: readId.optional(),
        weak: queryFlag.optional(),
        kind: z.string().min(1).max(100).optional(),
        includeClosed: queryFlag.optional(),
        ...paging,
      }),
      roles: everyone,
      execute: ({ query }) =>
        Promise.resolve(
          answers.answer(`sites|${JSON.stringify(query)}`, () =>
            querySites(model(), definedFields(query)),
          ),
        ),
    }),
    queryRoute({
      url: '/sites/tree',
      operationId: 'siteTree',
      summary: 'The practice network as a tree: centre, institutes, stations, points',
      tag: 'network',
      params: z.object({}),
      query: z.strictObject({}),
      roles: everyone,
      execute: () =>
        Promise.resolve(answers.answer('tree', () => ({ tree: querySiteTree(model()) }))),
    }),
    queryRoute({
      url: '/sites/:siteId',
      operationId: 'getSite',
      summary: 'One site with the path to the centre, its children and its home teams',
      tag: 'network',
      description:
        'One site with its counts, the path up to the centre, its children and the teams at home there.',
      response: siteSchema,
      params: z.strictObject({ siteId: readId }),
      query: z.strictObject({}),
      roles: everyone,
      execute: ({ params }) => {
        if (!model().sites.has(params.siteId)) throw notFound('Site', params.siteId)
        return Promise.resolve(
          answers.answer(`site|${params.siteId}`, () => querySite(model(), params.siteId)),
        )
      },
    }),
    queryRoute({
      url: '/teams',
      operationId: 'listTeams',
      summary: 'Volunteer teams with home site, categories, load, members and rating',
      tag: 'network',
      description:
        'Teams by id with home site, organisation, platform, categories, capacity and load, members, rating, status and the cluster pool holding them.',
      response: teamPageSchema,
      params: z.object({}),
      query: z.strictObject({
        homeSiteId: readId.optional(),
        organizationId: readId.optional(),
        platform: z.string().min(1).max(100).optional(),
        category: z.string().min(1).max(100).optional(),
        status: z.enum(['active', 'suspended', 'dissolved']).optional(),
        clusterId: readId.optional(),
        ...paging,
      }),
      roles: everyone,
      execute: ({ query, principal }) =>
        Promise.resolve(
          answers.answer(`teams|${viewerKey(principal)}|${JSON.stringify(query)}`, () => {
            const page = queryTeams(model(), definedFields(query))
            return { ...page, items: page.items.map((team) => forViewer(principal, team)) }
          }),
        ),
    }),
    queryRoute({
      url: '/teams/:teamId',
      operationId: 'getTeam',
      summary: 'One team with its members, load, rating and pool',
      tag: 'network',
      description: 'One team with its members, load, rating and pool.',
      response: teamSchema,
      params: z.strictObject({ teamId: readId }),
      query: z.strictObject({}),
      roles: everyone,
      execute: ({ params, principal }) => {
        if (!model().teams.has(params.teamId)) throw notFound('Team', params.teamId)
        return Promise.resolve(
          answers.answer(`team|${viewerKey(principal)}|${params.teamId}`, () => {
            const team = queryTeam(model(), params.teamId)
            return team === undefined ? undefined : forViewer(principal, team)
          }),
        )
      },
    }),
    queryRoute({
      url: '/clusters',
      operationId: 'listClusters',
      summary: 'Clusters (五联共建) with members, pooled teams, shared venues and joint activities',
      tag: 'network',
      params: z.object({}),
      query: z.strictObject({
        siteId: readId.optional(),
        includeDissolved: queryFlag.optional(),
        ...paging,
      }),
      roles: everyone,
      execute: ({ query }) =>
        Promise.resolve(
          answers.answer(`clusters|${JSON.stringify(query)}`, () =>
            queryClusters(model(), definedFields(query)),
          ),
        ),
    }),
    queryRoute({
      url: '/clusters/:clusterId',
      operationId: 'getCluster',
      summary: 'One cluster with its members, pooled teams, shared venues and joint activities',
      tag: 'network',
      params: z.strictObject({ clusterId: readId }),
      query: z.strictObject({}),
      roles: everyone,
      execute: ({ params }) => {
        if (!model().clusters.has(params.clusterId)) throw notFound('Cluster', params.clusterId)
        return Promise.resolve(
          answers.answer(`cluster|${params.clusterId}`, () =>
            queryCluster(model(), params.clusterId),
          ),
        )
      },
    }),
    queryRoute({
      url: '/service-circle',
      operationId: 'serviceCircle',
      summary:
        'The service circle (15分钟志愿服务圈): sites and active teams within N minutes’ walk of a ' +
        'point or a site, nearest first',
      tag: 'network',
      description:
        'Give siteId, or latitude and longitude. Distances are great-circle metres, minutes at 4.5 km/h; category keeps teams serving it and the sites that are home to one.',
      response: serviceCircleSchema,
      params: z.object({}),
      query: z
        .strictObject({
          siteId: readId.optional().describe('Draw the circle around this site'),
          latitude: z.coerce.number().min(-90).max(90).optional(),
          longitude: z.coerce.number().min(-180).max(180).optional(),
          minutes: z.coerce.number().min(1).max(120).default(15).describe('Minutes of walking'),
          category: z.string().min(1).max(100).optional().describe('Only teams serving it'),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        })
        .refine(
          (q) => q.siteId !== undefined || (q.latitude !== undefined && q.longitude !== undefined),
          { message: 'give siteId, or latitude and longitude' },
        ),
      roles: everyone,
      execute: ({ query }) => {
        const { siteId, latitude, longitude, ...rest } = query
        let from = { latitude: latitude ?? 0, longitude: longitude ?? 0 }
        if (siteId !== undefined) {
          const site = model().sites.get(siteId)
          if (site === undefined) throw notFound('Site', siteId)
          from = site.coordinates
        }
        return Promise.resolve(
          answers.answer(`circle|${JSON.stringify([from, rest])}`, () => ({
            ...(siteId === undefined ? {} : { siteId }),
            ...queryServiceCircle(model(), { from, ...definedFields(rest) }),
          })),
        )
      },
    }),
  ]
}
