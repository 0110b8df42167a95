import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import type { EventStore } from '@wenming/event-store'
import Fastify, { type FastifyInstance } from 'fastify'
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod'
import type { Logger } from 'pino'
import type { AuthConfig } from './auth-config.js'
import { createAuthenticator } from './authenticate.js'
import type { CommandRoute } from './command-route.js'
import { errorHandler, sendProblem } from './error-handler.js'
import { registerHealthRoutes, type ReadinessCheck } from './health-routes.js'
import { fastifyHttpOptions, type HttpLimits } from './http-limits.js'
import { createIdempotencyCache } from './idempotency-cache.js'
import { createInMemoryIdempotencyKeys, type IdempotencyKeys } from './idempotency-keys.js'
import { problemType } from './problem-details.js'
import { registerCommandRoute } from './register-command-route.js'
import { requestIdOf } from './request-id.js'
import type { QueryRoute } from './query-route.js'
import { registerQueryRoute } from './register-query-route.js'
import { registerServiceRoot } from './routes/service-root.js'
import { registerWebConsole } from './web-console.js'

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
  /**
   * Where idempotency keys are kept beyond the in-memory cache, for their window (24 h): pass the
   * store's durable one (`createSqliteIdempotencyStore`); default: in memory, lost on restart.
   */
  idempotencyKeys?: IdempotencyKeys
  /** Called after a command appended events (the live projections catch up sooner). */
  onAppended?: (eventCount: number) => void
  /** Timeouts and the connection cap for slow or idle clients (defaults in `DEFAULT_HTTP_LIMITS`). */
  http?: HttpLimits
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
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.setErrorHandler(errorHandler)
  // An empty JSON body reads as `{}` (an action POST without data); anything else as before.
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8')
    if (text.trim() === '') done(null, {})
    else void parseJson(request, text, done)
  })
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

  const authenticate = createAuthenticator(options.auth, clock)
  const publicUrls = new Set(
    (options.queries ?? []).filter((q) => q.public === true).map((q) => q.url),
  )
  app.decorateRequest('principal', null)
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
    const url = request.routeOptions.url
    if (
      url === undefined ||
      url === '/' ||
      url === '/health' ||
      url === '/ready' ||
      url.startsWith(DOCS)
    )
      return
    if (publicUrls.has(url)) return
    request.principal = authenticate(request.headers.authorization)
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
          'Idempotency-Key on commands. Rule codes in summaries (T1, C2, O6, ...) are the domain ' +
          'rules of docs/domain-rules.md in the Wenming repository.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
    },
    transform: createJsonSchemaTransform({ skipList: [] }),
    // Schemas with a `meta` id (Problem, Site, Order ...) become named components.
    transformObject: createJsonSchemaTransformObject({}),
  })
  await app.register(fastifySwaggerUi, { routePrefix: DOCS })

  registerHealthRoutes(app, store, options.readiness)
  registerServiceRoot(app, options.queries ?? [])
  registerWebConsole(app)
  const idempotency = createIdempotencyCache(options.idempotencyCapacity)
  const idempotencyKeys = options.idempotencyKeys ?? createInMemoryIdempotencyKeys()
  for (const route of options.commands) {
    registerCommandRoute(app, route, {
      store,
      clock,
      idempotency,
      idempotencyKeys,
      ...(options.onAppended === undefined ? {} : { onAppended: options.onAppended }),
    })
  }
  for (const route of options.queries ?? []) registerQueryRoute(app, route, { store, clock })
  await app.ready()
  return app
}
