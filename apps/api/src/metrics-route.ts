import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ApiMetrics } from './api-metrics.js'
import { isLoopback } from './loopback.js'
import type { Role } from './principal.js'
import { httpProblem } from './problem-details.js'
import { requireRole } from './require-role.js'

/**
 * Who may scrape `/metrics`: `'loopback'` (the default: only a scraper on the same host, the
 * connection's address, not `X-Forwarded-For`), `'open'` (anyone who reaches the port: a private
 * network only) or `{ roles }`: a bearer token of one of these roles.
 */
export type MetricsAccess = 'loopback' | 'open' | { roles: readonly Role[] }

const loopbackOnly = async (request: FastifyRequest): Promise<void> => {
  if (!isLoopback(request.socket.remoteAddress)) {
    throw httpProblem(
      403,
      'forbidden',
      'Metrics are for this host',
      'Scrape /metrics from the loopback interface',
    )
  }
  return Promise.resolve()
}

/** Whether `/metrics` is outside bearer authentication (the loopback check is the route's). */
export const metricsAreUnauthenticated = (access: MetricsAccess): boolean =>
  typeof access === 'string'

/** `GET /metrics`: the registry in Prometheus's text format. */
export const registerMetricsRoute = (
  app: FastifyInstance,
  metrics: ApiMetrics,
  access: MetricsAccess,
): void => {
  app.get(
    '/metrics',
    {
      schema: { hide: true },
      compress: false,
      ...(access === 'open'
        ? {}
        : { onRequest: access === 'loopback' ? loopbackOnly : requireRole(access.roles) }),
    },
    async (_request, reply) => {
      const text = await metrics.registry.metrics()
      return reply.type(metrics.registry.contentType).send(text)
    },
  )
}
