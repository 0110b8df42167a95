import { idSchema } from '@wenming/domain'
import {
  clusterPool,
  orderBoard,
  queryClusterPool,
  queryOrderBoard,
  queryTeamWorkload,
  teamWorkload,
} from '@wenming/projections'
import { z } from 'zod'
import type { LiveProjections } from '../live-projections.js'
import type { Principal, Role } from '../principal.js'
import { queryRoute, type QueryRoute } from '../query-route.js'
import { createReadCache } from '../read-cache.js'
import { JSON_MEDIA_TYPE, serializeJson } from '../serialized-json.js'

const staff: readonly Role[] = [
  'centre-dispatcher',
  'institute-admin',
  'station-admin',
  'team-leader',
  'auditor',
]
const id = idSchema
const noParams = z.object({})
const flag = z.enum(['true', 'false']).transform((value) => value === 'true')

const orderBoardQuery = z.strictObject({
  status: z.enum(['placed', 'accepted', 'dispatched', 'taken']).optional(),
  siteId: id.optional(),
  clusterId: id.optional(),
  teamId: id.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
})

/** Admins see their sites' orders, team leaders their teams'; dispatchers and auditors see all. */
const visibleOnBoard = (
  principal: Principal,
  row: {
    siteId: string
    teamId: string | null
    tasks: readonly { readonly teamId: string }[] | null
    holder: { readonly siteId: string | null } | null
  },
) => {
  switch (principal.role) {
    case 'station-admin':
    case 'institute-admin': {
      // O8: the admins of the level holding the order see it too.
      const held = row.holder?.siteId
      return (
        principal.sites.includes(row.siteId) || (held != null && principal.sites.includes(held))
      )
    }
    case 'team-leader':
      // A leader sees a 定单 to several teams when one of its teams has a task in it (O7).
      return (
        (row.teamId !== null && principal.teams.includes(row.teamId)) ||
        (row.tasks ?? []).some((task) => principal.teams.includes(task.teamId))
      )
    default:
      return true
  }
}

const unrestricted = (principal: Principal): boolean =>
  principal.role === 'centre-dispatcher' || principal.role === 'auditor'

/** What a restricted principal's board view depends on. */
const scopeKey = (principal: Principal): string =>
  JSON.stringify([principal.role, principal.sites, principal.teams])

/** Serialized board pages kept (a page of 1,000 orders is about 300 kB). */
const MAX_PAGES = 128

/** The filter without its unset fields (exact optional properties). */
const defined = <T extends object>(filter: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>
  }

/**
 * Reads over the live read models; each answer carries its projection's freshness. Order-board
 * answers are shared for up to a second while the board is unchanged (`asOf` says when its ages were
 * measured), serialized once per page with an ETag of their bytes (If-None-Match gets 304).
 */
export const readQueryRoutes = (live: LiveProjections): QueryRoute[] => {
  const boards = createReadCache(1000)
  const pages = createReadCache(1000, MAX_PAGES)
  return [
    queryRoute({
      url: '/orders',
      operationId: 'orderBoard',
      summary: 'The order board: open orders, oldest first, with ages and SLA (overdue) flags',
      tag: 'orders',
      params: noParams,
      query: orderBoardQuery,
      roles: staff,
      execute: ({ query, principal }, { clock }) => {
        const { limit, offset, ...filter } = query
        const freshness = live.freshness(orderBoard.name)
        const model = live.runner.readModel(orderBoard)
        const now = clock().getTime()
        const filterKey = JSON.stringify(filter)
        const board = boards.get(filterKey, model, freshness.checkpoint, now, () => ({
          asOf: new Date(now).toISOString(),
          entries: queryOrderBoard(model, { now: new Date(now), ...defined(filter) }),
        }))
        // Busy readers of one board page share its bytes and ETag until the board moves on.
        const scope = unrestricted(principal) ? '*' : scopeKey(principal)
        const page = pages.get(`${filterKey}|${scope}|${offset}|${limit}`, board, 0, now, () => {
          const entries = unrestricted(principal)
            ? board.entries
            : board.entries.filter((entry) => visibleOnBoard(principal, entry))
          return serializeJson({
            asOf: board.asOf,
            total: entries.length,
            orders: entries.slice(offset, offset + limit),
          })
        })
        return Promise.resolve({
          body: page.bytes,
          contentType: JSON_MEDIA_TYPE,
          etag: page.etag,
          freshness,
        })
      },
    }),
    queryRoute({
      url: '/teams/workload',
      operationId: 'teamWorkload',
      summary: 'Every team with its active orders, capacity left, rating and time to take',
      tag: 'teams',
      params: noParams,
      query: z.strictObject({
        teamId: id.optional(),
        homeSiteId: id.optional(),
        status: z.enum(['active', 'suspended', 'dissolved']).optional(),
      }),
      roles: staff,
      execute: ({ query }) =>
        Promise.resolve({
          body: {
            teams: queryTeamWorkload(live.runner.readModel(teamWorkload), defined(query)),
          },
          freshness: live.freshness(teamWorkload.name),
        }),
    }),
    queryRoute({
      url: '/clusters/pool',
      operationId: 'clusterPool',
      summary: 'Clusters (五联共建) with their member sites, pooled teams and shared venues',
      tag: 'clusters',
      params: noParams,
      query: z.strictObject({
        clusterId: id.optional(),
        siteId: id.optional(),
        includeDissolved: flag.optional(),
      }),
      roles: staff,
      execute: ({ query }) =>
        Promise.resolve({
          body: {
            clusters: queryClusterPool(live.runner.readModel(clusterPool), defined(query)),
          },
          freshness: live.freshness(clusterPool.name),
        }),
    }),
  ]
}
