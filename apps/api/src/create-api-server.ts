import { randomUUID } from 'node:crypto'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import type { EventStore } from '@wenming/event-store'
import Fastify, { type FastifyInstance } from 'fastify'
import {
  createJsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod'
import type { Logger } from 'pino'
import type { AuthConfig } from './auth-config.js'
import { createAuthenticator } from './authenticate.js'
import type { CommandRoute } from './command-route.js'
import { errorHandler, sendProblem } from './error-handler.js'
import { registerHealthRoutes, type ReadinessCheck } from './health-routes.js'
import { createIdempotencyCache } from './idempotency-cache.js'
import { problemType } from './problem-details.js'
import { registerCommandRoute } from './register-command-route.js'
import type { QueryRoute } from './query-route.js'
import { registerQueryRoute } from './register-query-route.js'

export type ApiServerOptions = {
  store: EventStore
  auth: AuthConfig
  commands: readonly CommandRoute[]
  queries?: readonly QueryRoute[]
  /** The API's clock; commands carry it as `metadata.now` (default: the system clock). */
  clock?: () => Date
  /** A pino logger; without one the server logs nothing. */
  logger?: Logger
  /** Checks `/ready` runs besides reading the store (projections caught up, ...). */
  readiness?: ReadinessCheck
  idempotencyCapacity?: number
  /** Called after a command appended events (the live projections catch up sooner). */
  onAppended?: (eventCount: number) => void
}

const DOCS = '/docs'

/**
 * Builds the HTTP API: zod-validated command POSTs and read-model queries, bearer authentication,
 * RFC 9457 problem details, ETag / If-Match, Idempotency-Key, OpenAPI at `/docs`, `/health`, `/ready`.
 *
 * @example
 * const app = await createApiServer({ store, auth, commands: domainCommandRoutes(), queries })
 * await app.listen({ host: '127.0.0.1', port: 8080 })
 */
export const createApiServer = async (options: ApiServerOptions): Promise<FastifyInstance> => {
  const { store } = options
  const clock = options.clock ?? (() => new Date())
  const app = Fastify({
    ...(options.logger === undefined ? { logger: false } : { loggerInstance: options.logger }),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    bodyLimit: 256 * 1024,
  }) as unknown as FastifyInstance
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.setErrorHandler(errorHandler)
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      {
        type: problemType('not-found'),
        title: 'Not found',
        status: 404,
        detail: `No route ${request.method} ${request.url.split('?')[0] ?? ''}`,
      },
      request,
    ),
  )

  const authenticate = createAuthenticator(options.auth)
  app.decorateRequest('principal', null)
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
    const url = request.routeOptions.url
    if (url === undefined || url === '/health' || url === '/ready' || url.startsWith(DOCS)) return
    const principal = authenticate(request.headers.authorization)
    request.principal = principal
    // The acting principal on the request's later log lines ("request completed"): its id and
    // role, never the token or a name. Bindings on fastify's per-request child, not a new child.
    ;(request.log as Partial<Pick<Logger, 'setBindings'>>).setBindings?.({
      principal: principal.id,
      role: principal.role,
    })
    return Promise.resolve()
  })

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Wenming API',
        description:
          'Commands and queries of the Wenming volunteer-service platform. Errors are RFC 9457 ' +
          'problem details; responses carry the stream revision as ETag; send If-Match and ' +
          'Idempotency-Key on commands.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
    },
    transform: createJsonSchemaTransform({ skipList: [] }),
  })
  await app.register(fastifySwaggerUi, { routePrefix: DOCS })

  registerHealthRoutes(app, store, options.readiness)
  const idempotency = createIdempotencyCache(options.idempotencyCapacity)
  for (const route of options.commands) {
    registerCommandRoute(app, route, {
      store,
      clock,
      idempotency,
      ...(options.onAppended === undefined ? {} : { onAppended: options.onAppended }),
    })
  }
  for (const route of options.queries ?? []) registerQueryRoute(app, route, { store, clock })
  await app.ready()
  return app
}
