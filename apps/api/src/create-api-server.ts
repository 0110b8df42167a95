import Fastify, { type FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import { apiPlugin, type ApiPluginOptions } from './api-plugin.js'
import { errorHandler } from './error-handler.js'
import { fastifyHttpOptions, type HttpLimits } from './http-limits.js'
import { requestIdOf } from './request-id.js'
import { registerWebConsole } from './web-console.js'

export type ApiServerOptions = Omit<ApiPluginOptions, 'prefix'> & {
  /** A pino logger; without one the server logs nothing. */
  logger?: Logger
  /** Timeouts and the connection cap for slow or idle clients (defaults in `DEFAULT_HTTP_LIMITS`). */
  http?: HttpLimits
  /** Serve the built web console at `/` (default on when it is built; see `registerWebConsole`). */
  webConsole?: boolean
}

/**
 * Builds the standalone HTTP API server: a Fastify app with the request limits, request ids and
 * logger of a server of its own, and {@link apiPlugin} at its root (commands, queries, auth,
 * problem details, rate limits, `/metrics`, OpenAPI at `/docs`, `/health`, `/ready`).
 *
 * @example
 * const app = await createApiServer({ store, auth, commands: domainCommandRoutes(), queries })
 * await app.listen({ host: '127.0.0.1', port: 8080 })
 */
export const createApiServer = async (options: ApiServerOptions): Promise<FastifyInstance> => {
  const { logger, http, webConsole, ...pluginOptions } = options
  const { maxConnections, ...httpOptions } = fastifyHttpOptions(http)
  const app = Fastify({
    ...httpOptions,
    ...(logger === undefined ? { logger: false } : { loggerInstance: logger }),
    requestIdHeader: false,
    genReqId: requestIdOf,
    bodyLimit: 256 * 1024,
    // Bad URL encoding and over-long path parameters: problem details like every other error.
    frameworkErrors: (error, request, reply) => void errorHandler(error, request, reply),
  }) as unknown as FastifyInstance
  app.server.maxConnections = maxConnections
  // Before the API's scope: its hook answers the console's files, which no route of the API has.
  if (webConsole !== false) registerWebConsole(app)
  await app.register(apiPlugin, pluginOptions)
  await app.ready()
  return app
}
