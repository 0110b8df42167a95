import type { FastifyInstance } from 'fastify'
import type { QueryRoute } from '../query-route.js'

/** A link of the service root: where it goes and what is there. */
export type ServiceLink = { readonly href: string; readonly title: string }

/** The service root's fixed links, before the lists of `queries`. */
const fixedLinks: Record<string, ServiceLink> = {
  docs: { href: '/docs', title: 'OpenAPI document and explorer' },
  openapi: { href: '/docs/json', title: 'The OpenAPI document (JSON)' },
  health: { href: '/health', title: 'The process answers' },
  ready: { href: '/ready', title: 'The store answers and the read models caught up' },
}

/**
 * `GET /` (no token needed): the service's name and links to the docs, health and every list
 * (each read without a path parameter), so that a newcomer can find every id from here.
 */
export const registerServiceRoot = (
  app: FastifyInstance,
  queries: readonly QueryRoute[],
  /** Where the API is mounted: every link starts with it. */
  prefix = '',
): void => {
  const lists = Object.fromEntries(
    queries
      .filter((route) => !route.url.includes(':'))
      .map((route) => [route.operationId, { href: `${prefix}${route.url}`, title: route.summary }]),
  )
  const fixed = Object.fromEntries(
    Object.entries(fixedLinks).map(([name, link]) => [
      name,
      { ...link, href: `${prefix}${link.href}` },
    ]),
  )
  const body = {
    name: 'Wenming',
    title: '新时代文明实践志愿服务平台',
    description:
      'Orders (点单, 派单, 接单, 评单), teams, sites, clusters (五联共建), activities and the work ' +
      'report of a district, from its event log. Lists need a bearer token.',
    links: { ...fixed, ...lists },
  }
  app.get(
    '/',
    {
      schema: {
        operationId: 'serviceRoot',
        summary: 'The service’s name and links to the docs, health and every list',
        tags: ['service'],
      },
    },
    () => body,
  )
}
