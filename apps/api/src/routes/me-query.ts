import { z } from 'zod'
import { roleSchema } from '../principal.js'
import { queryRoute, type QueryRoute } from '../query-route.js'

const meSchema = z
  .object({
    id: z.string(),
    role: roleSchema,
    sites: z.array(z.string()).describe('The sites an admin manages (empty for other roles)'),
    teams: z.array(z.string()).describe('The teams a leader leads (empty for other roles)'),
    displayName: z.string().optional(),
  })
  .meta({ id: 'Me', description: 'Who the token acts as: its principal, never the token itself' })

/**
 * `GET /me`: the principal the token acts as (id, role, the sites and teams in its scope), so a
 * client shows what this user may do (a station admin's escalation, a leader's teams) without
 * guessing from the role alone.
 */
export const meQueryRoutes = (): QueryRoute[] => [
  queryRoute({
    url: '/me',
    operationId: 'me',
    summary: 'Who you are: the principal your token acts as, with its sites and teams',
    tag: 'service',
    response: meSchema,
    params: z.object({}),
    query: z.strictObject({}),
    roles: roleSchema.options,
    execute: ({ principal }) =>
      Promise.resolve({
        body: {
          id: principal.id,
          role: principal.role,
          sites: principal.sites,
          teams: principal.teams,
          ...(principal.displayName === undefined ? {} : { displayName: principal.displayName }),
        },
      }),
  }),
]
