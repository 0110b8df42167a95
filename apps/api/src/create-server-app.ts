import Fastify, { type FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import { errorHandler } from './error-handler.js'
import { fastifyHttpOptions, type HttpLimits } from './http-limits.js'
import { requestIdOf } from './request-id.js'
import { registerWebConsole } from './web-console.js'

/** How a standalone server is set up around the API plugin. */
export type ServerAppOptions = {
  /** A pino logger; without one the server logs nothing. */
  logger?: Logger
  /** Timeouts and the connection cap for slow or idle clients (defaults in `DEFAULT_HTTP_LIMITS`). */
  http?: HttpLimits
  /** Serve the built web console at `/` (default: when it is built; see `registerWebConsole`). */
  webConsole?: boolean
}

/**
 * The Fastify app of a standalone API server, before the API is registered into it: request and
 * connection limits, request ids (a sane `X-Request-Id` or a UUID), the logger and the console.
 */
export const createServerApp = (options: ServerAppOptions): FastifyInstance => {
  const { maxConnections, ...httpOptions } = fastifyHttpOptions(options.http)
  const app = Fastify({
    ...httpOptions,
    ...(options.logger === undefined ? { logger: false } : { loggerInstance: options.logger }),
    requestIdHeader: false,
    genReqId: requestIdOf,
    bodyLimit: 256 * 1024,
    // Bad URL encoding and over-long path parameters: problem details like every other error.
    frameworkErrors: (error, request, reply) => void errorHandler(error, request, reply),
  }) as unknown as FastifyInstance
  app.server.maxConnections = maxConnections
  // Before the API's scope: its hook answers the console's files, which no route of the API has.
  if (options.webConsole !== false) registerWebConsole(app)
  return app
}
