import { createWenmingDomain, type StarPolicy, type WenmingDomain } from '@wenming/domain'
import type { EventStore, ReadSide } from '@wenming/event-store'
import { wenmingReadModelNames, wenmingReadModelSlots } from '@wenming/projections'
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { createApiMetrics } from './api-metrics.js'
import { apiPlugin, type ApiPluginOptions } from './api-plugin.js'
import type { AuthConfig } from './auth-config.js'
import type { IdempotencyKeys } from './idempotency-keys.js'
import { startLiveProjections, type LiveProjections } from './live-projections.js'
import {
  startProcessRecovery,
  type ProcessRecovery,
  type ProcessRecoveryOptions,
} from './process-recovery.js'
import { activityQueryRoutes } from './routes/activity-queries.js'
import { projectQueryRoutes } from './routes/project-queries.js'
import { catalogueQueryRoutes } from './routes/catalogue-queries.js'
import { networkQueryRoutes } from './routes/network-queries.js'
import { meQueryRoutes } from './routes/me-query.js'
import { orderDirectoryRoutes } from './routes/order-directory-queries.js'
import { dispatchSuggestionsRoute } from './routes/dispatch-suggestions-query.js'
import { readQueryRoutes } from './routes/read-queries.js'
import { reportAndHistoryRoutes } from './routes/report-and-history-queries.js'
import { erasureCommandRoutes } from './routes/erasure-commands.js'
import { shiftCommandRoutes } from './routes/shift-commands.js'
import { volunteerCommandRoutes } from './routes/volunteer-commands.js'
import { volunteerQueryRoutes } from './routes/volunteer-queries.js'
import { wenmingCommandRoutes } from './routes/wenming-command-routes.js'
import { storeFaultProblem } from './store-fault-problem.js'
import { volunteerIdDigest } from './volunteer-id-digest.js'

export type WenmingApiPluginOptions = Pick<
  ApiPluginOptions,
  | 'prefix'
  | 'corsOrigins'
  | 'rateLimits'
  | 'compression'
  | 'metrics'
  | 'metricsAccess'
  | 'tracer'
  | 'docs'
> & {
  store: EventStore
  /**
   * Where the read models live and how the log is read for them: the store's own read side
   * (`sqliteReadSide(store)`), read models in a file of their own for a remote log, or
   * `inMemoryReadSide(store)`, rebuilt at every start. The caller owns it and closes it.
   */
  readSide: ReadSide
  auth: AuthConfig
  clock?: () => Date
  /** The least time between two projection catch-ups (default 250 ms). */
  projectionIntervalMs?: number
  /** Keyed responses the in-memory cache holds (default 100,000). */
  idempotencyCapacity?: number
  /** Where idempotency keys are kept for 24 h (default: in memory); see `createApiServer`. */
  idempotencyKeys?: IdempotencyKeys
  /**
   * The recovery pass of the dispatch and membership processes: at start-up and every
   * `intervalMs` (default 60 s), reservations and claims left by a crash for longer than
   * `olderThanMs` (default 5 min) are finished or given back; `false` turns it off.
   */
  recovery?: ProcessRecoveryOptions | false
  /**
   * The domain object commands run through (default: `createWenmingDomain()`, caches on, with the
   * volunteers' ID key below). A domain passed here brings its own volunteer options; `volunteers`
   * then only says that registrations are routed.
   */
  domain?: WenmingDomain
  /**
   * The key of the keyed hash (HMAC) that claims a volunteer's ID document (V1), and the district's
   * star ladder. Without a key (and without a `domain`) the API does not route registrations.
   */
  volunteers?: { idKey: string; starPolicy?: StarPolicy }
}

/** What the Wenming API runs besides its routes: the in-process read models and process recovery. */
export type WenmingRuntime = {
  projections: LiveProjections
  /** The recovery loop, or `undefined` when it is turned off. */
  recovery: ProcessRecovery | undefined
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The Wenming API's read models and recovery loop, once `wenmingApi` is registered. */
    wenming: WenmingRuntime
  }
}

const domainOf = (options: WenmingApiPluginOptions): WenmingDomain => {
  const { volunteers } = options
  return (
    options.domain ??
    createWenmingDomain(
      volunteers === undefined
        ? {}
        : {
            volunteers: {
              idDigest: volunteerIdDigest(volunteers.idKey),
              ...(volunteers.starPolicy === undefined ? {} : { starPolicy: volunteers.starPolicy }),
            },
          },
    )
  )
}

const plugin: FastifyPluginAsync<WenmingApiPluginOptions> = async (app, options) => {
  const { store, readSide } = options
  const log = app.log
  const domain = domainOf(options)
  const registers = options.volunteers !== undefined
  const metrics = options.metrics === false ? undefined : (options.metrics ?? createApiMetrics())
  const countStoreFault = (error: unknown): void => {
    if (metrics !== undefined && error instanceof Error && storeFaultProblem(error) !== undefined) {
      metrics.storeError(error.name)
    }
  }
  log.info({ readModels: readSide.description }, 'read models in %s', readSide.description)
  const projections = await startLiveProjections({
    store,
    slots: wenmingReadModelSlots(readSide),
    source: readSide.source,
    ...(options.projectionIntervalMs === undefined
      ? {}
      : { intervalMs: options.projectionIntervalMs }),
    onError: (error) => {
      countStoreFault(error)
      log.error({ err: error }, 'projection catch-up failed')
    },
  })
  metrics?.watchProjections(projections, wenmingReadModelNames)
  const clock = options.clock ?? (() => new Date())
  const recovery =
    options.recovery === false
      ? undefined
      : startProcessRecovery({
          domain,
          store,
          clock,
          recovery: options.recovery ?? {},
          onReport: (report) => {
            const released = report.releasedReservations.length + report.releasedClaims.length
            if (released > 0) log.warn({ recovery: report }, 'process recovery gave back holds')
            if (report.awardedProjects.length > 0)
              log.warn({ recovery: report }, 'process recovery finished closed rounds')
            if (report.refusedRounds.length > 0)
              log.error({ recovery: report }, 'process recovery could not finish closed rounds')
          },
          onError: (error) => {
            countStoreFault(error)
            log.error({ err: error }, 'process recovery failed')
          },
        })
  const stop = async (): Promise<void> => {
    await recovery?.stop()
    await projections.stop()
  }
  // After the server has stopped taking requests and those in flight have finished.
  app.addHook('onClose', stop)
  app.decorate('wenming', { projections, recovery })
  try {
    await app.register(apiPlugin, {
      store,
      auth: options.auth,
      commands: [
        ...wenmingCommandRoutes(domain),
        ...volunteerCommandRoutes(domain).filter(
          (route) => registers || route.url !== '/volunteers',
        ),
        ...shiftCommandRoutes(domain),
        ...erasureCommandRoutes(),
      ],
      queries: [
        ...readQueryRoutes(projections),
        dispatchSuggestionsRoute(domain, projections),
        ...volunteerQueryRoutes(projections),
        ...reportAndHistoryRoutes(projections, wenmingReadModelNames),
        ...networkQueryRoutes(projections),
        ...orderDirectoryRoutes(projections),
        ...activityQueryRoutes(projections),
        ...catalogueQueryRoutes(domain, projections),
        ...meQueryRoutes(),
        ...projectQueryRoutes(projections),
      ],
      clock,
      metrics: metrics ?? false,
      ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
      ...(options.corsOrigins === undefined ? {} : { corsOrigins: options.corsOrigins }),
      ...(options.rateLimits === undefined ? {} : { rateLimits: options.rateLimits }),
      ...(options.compression === undefined ? {} : { compression: options.compression }),
      ...(options.metricsAccess === undefined ? {} : { metricsAccess: options.metricsAccess }),
      ...(options.tracer === undefined ? {} : { tracer: options.tracer }),
      ...(options.docs === undefined ? {} : { docs: options.docs }),
      ...(options.idempotencyCapacity === undefined
        ? {}
        : { idempotencyCapacity: options.idempotencyCapacity }),
      ...(options.idempotencyKeys === undefined
        ? {}
        : { idempotencyKeys: options.idempotencyKeys }),
      readiness: () =>
        Promise.resolve(
          projections.ready()
            ? { ready: true as const }
            : { ready: false as const, reason: 'The read models are catching up with the log' },
        ),
      onAppended: (count) => projections.notifyAppended(count),
    })
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * The Wenming HTTP API as a Fastify plugin: every domain command as a POST, the read models (kept
 * up to date in-process, stopped when the app closes) as GETs, under `prefix` if given. The host
 * app gets `app.wenming` (projections, recovery) and `app.wenmingMetrics`. The caller owns the
 * store and its read side and closes them after the app.
 *
 * @example
 * const app = Fastify({ logger: true })
 * await app.register(wenmingApi, { store, readSide: sqliteReadSide(store), auth, prefix: '/api' })
 * await app.listen({ port: 8080 })
 */
export const wenmingApi = fp(plugin, { fastify: '5.x', name: '@wenming/api/wenming' })
