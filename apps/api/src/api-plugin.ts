import fastifyCompress from '@fastify/compress'
import fastifyCors from '@fastify/cors'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import { trace, type Tracer } from '@opentelemetry/api'
import type { EventStore } from '@wenming/event-store'
import type { FastifyError, FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod'
import { createApiMetrics, type ApiMetrics } from './api-metrics.js'
import type { AuthConfig } from './auth-config.js'
import { createAuthenticator } from './authenticate.js'
import { authenticationHook } from './authentication-hook.js'
import type { CommandRoute } from './command-route.js'
import { errorHandler, sendProblem } from './error-handler.js'
import { registerHealthRoutes, type ReadinessCheck } from './health-routes.js'
import { createIdempotencyCache } from './idempotency-cache.js'
import { createInMemoryIdempotencyKeys, type IdempotencyKeys } from './idempotency-keys.js'
import { instrumentStore } from './instrument-store.js'
import {
  metricsAreUnauthenticated,
  registerMetricsRoute,
  type MetricsAccess,
} from './metrics-route.js'
import { problemType } from './problem-details.js'
import type { QueryRoute } from './query-route.js'
import { DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limits.js'
import { registerCommandRoute } from './register-command-route.js'
import { registerQueryRoute } from './register-query-route.js'
import { registerServiceRoot } from './routes/service-root.js'
import { storeFaultProblem } from './store-fault-problem.js'
import { writeLimit } from './write-limit.js'

export type ApiPluginOptions = {
  store: EventStore
  auth: AuthConfig
  commands: readonly CommandRoute[]
  queries?: readonly QueryRoute[]
  /** Where the API's routes are mounted in the host app (default: at its root). */
  prefix?: string
  /** The API's clock; commands carry it as `metadata.now` (default: the system clock). */
  clock?: () => Date
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
  /** Origins allowed to call the API from a browser (`@fastify/cors`); default: none, CORS off. */
  corsOrigins?: readonly (string | RegExp)[]
  /** Failed authentications per IP and writes per principal; see {@link RateLimits}. */
  rateLimits?: RateLimits
  /** Responses above 1 KiB compressed for clients that accept it (default on; never commands). */
  compression?: boolean
  /** The Prometheus metrics to count into (default: a registry of this API's own); `false`: none. */
  metrics?: ApiMetrics | false
  /** Who may scrape `/metrics` (default `'loopback'`); see {@link MetricsAccess}. */
  metricsAccess?: MetricsAccess
  /** Where command and store spans go (default: `@opentelemetry/api`'s global tracer, a no-op without an SDK). */
  tracer?: Tracer
  /** OpenAPI at `/docs` (default on); off when the host app has `@fastify/swagger` of its own. */
  docs?: boolean
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The Wenming API's metrics, when the host app registered it with metrics. */
    wenmingMetrics: ApiMetrics | undefined
  }
}

const DOCS = '/docs'

/** Whether the app logs request lines, so a principal is worth binding to them. */
const logsRequests = (app: FastifyInstance): boolean => {
  const { level } = app.log as { level?: unknown }
  return typeof level === 'string' && level !== 'silent'
}

/** Everything the API adds, encapsulated in its own scope (its hooks touch only its routes). */
const apiScope =
  (options: ApiPluginOptions, metrics: ApiMetrics | undefined): FastifyPluginAsync =>
  async (app) => {
    const prefix = app.prefix
    const tracer = options.tracer ?? trace.getTracer('@wenming/api')
    const store = instrumentStore(options.store, tracer, metrics)
    const clock = options.clock ?? (() => new Date())
    const metricsAccess = options.metricsAccess ?? 'loopback'
    const rateLimits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits }
    app.setValidatorCompiler(validatorCompiler)
    app.setSerializerCompiler(serializerCompiler)
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (metrics !== undefined && storeFaultProblem(error) !== undefined) {
        metrics.storeError(error.name)
      }
      return errorHandler(error, request, reply)
    })
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

    if (options.corsOrigins !== undefined && options.corsOrigins.length > 0) {
      await app.register(fastifyCors, {
        origin: [...options.corsOrigins],
        methods: ['GET', 'HEAD', 'POST'],
        allowedHeaders: [
          'authorization',
          'content-type',
          'idempotency-key',
          'if-match',
          'if-none-match',
          'accept-language',
          'x-request-id',
        ],
        exposedHeaders: [
          'etag',
          'location',
          'retry-after',
          'x-request-id',
          'x-projection-checkpoint',
          'x-projection-behind',
          'idempotent-replayed',
        ],
      })
    }
    // Counting only where asked (`createRateLimit`), never a hook on every route.
    await app.register(fastifyRateLimit, { global: false })
    if (options.compression !== false) {
      await app.register(fastifyCompress, { threshold: 1024, globalDecompression: false })
    }

    const openUrls = new Set(
      [
        '',
        '/',
        '/health',
        '/ready',
        ...(options.queries ?? []).filter((q) => q.public === true).map((q) => q.url),
      ]
        .concat(
          metrics !== undefined && metricsAreUnauthenticated(metricsAccess) ? ['/metrics'] : [],
        )
        .flatMap((url) => [`${prefix}${url}`]),
    )
    const docs = `${prefix}${DOCS}`
    const isOpen = (request: FastifyRequest): boolean => {
      const url = request.routeOptions.url
      return url === undefined || openUrls.has(url) || url.startsWith(docs)
    }
    app.decorateRequest('principal', null)
    app.addHook(
      'onRequest',
      authenticationHook(app, {
        authenticate: createAuthenticator(options.auth, clock),
        isOpen,
        failures: rateLimits.failedAuthentications,
        logPrincipal: logsRequests(app),
        now: () => clock().getTime(),
      }),
    )

    if (options.docs !== false) {
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
    }

    registerHealthRoutes(app, store, options.readiness)
    registerServiceRoot(app, options.queries ?? [], prefix)
    if (metrics !== undefined) registerMetricsRoute(app, metrics, metricsAccess)
    const idempotency = createIdempotencyCache(options.idempotencyCapacity)
    const idempotencyKeys = options.idempotencyKeys ?? createInMemoryIdempotencyKeys()
    const writes =
      rateLimits.writesPerPrincipal === false
        ? undefined
        : writeLimit(app, rateLimits.writesPerPrincipal)
    for (const route of options.commands) {
      registerCommandRoute(app, route, {
        store,
        clock,
        idempotency,
        idempotencyKeys,
        tracer,
        ...(metrics === undefined ? {} : { metrics }),
        ...(writes === undefined ? {} : { writeLimit: writes }),
        ...(options.onAppended === undefined ? {} : { onAppended: options.onAppended }),
      })
    }
    for (const route of options.queries ?? []) registerQueryRoute(app, route, { store, clock })
  }

const plugin: FastifyPluginAsync<ApiPluginOptions> = async (app, options) => {
  const metrics = options.metrics === false ? undefined : (options.metrics ?? createApiMetrics())
  app.decorate('wenmingMetrics', metrics)
  // fastify-plugin ignores a `prefix` given to `register`: the API's own scope takes it.
  await app.register(apiScope(options, metrics), { prefix: options.prefix ?? '' })
}

/**
 * The HTTP API as a Fastify plugin for an existing app: zod-validated command POSTs and
 * read-model GETs, bearer authentication, RFC 9457 problem details, ETag / If-Match,
 * Idempotency-Key, rate limits, CORS, compression, `/metrics`, OpenAPI at `/docs`, `/health`,
 * `/ready`. Its hooks and error handler stay in its own scope (under `prefix`); the host app gets
 * `app.wenmingMetrics`.
 *
 * @example
 * const app = Fastify({ logger: true })
 * await app.register(apiPlugin, { store, auth, commands, queries, prefix: '/api' })
 */
export const apiPlugin = fp(plugin, { fastify: '5.x', name: '@wenming/api' })
