import { createWenmingDomain, type StarPolicy, type WenmingDomain } from '@wenming/domain'
import type { EventStore, ReadSide } from '@wenming/event-store'
import { wenmingReadModelNames, wenmingReadModelSlots } from '@wenming/projections'
import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import type { AuthConfig } from './auth-config.js'
import { createApiServer } from './create-api-server.js'
import type { IdempotencyKeys } from './idempotency-keys.js'
import { shiftCommandRoutes } from './routes/shift-commands.js'
import { volunteerCommandRoutes } from './routes/volunteer-commands.js'
import { volunteerQueryRoutes } from './routes/volunteer-queries.js'
import { volunteerIdDigest } from './volunteer-id-digest.js'
import { startLiveProjections, type LiveProjections } from './live-projections.js'
import {
  startProcessRecovery,
  type ProcessRecovery,
  type ProcessRecoveryOptions,
} from './process-recovery.js'
import { wenmingCommandRoutes } from './routes/wenming-command-routes.js'
import { readQueryRoutes } from './routes/read-queries.js'
import { reportAndHistoryRoutes } from './routes/report-and-history-queries.js'
import { activityQueryRoutes } from './routes/activity-queries.js'
import { catalogueQueryRoutes } from './routes/catalogue-queries.js'
import { networkQueryRoutes } from './routes/network-queries.js'
import { orderDirectoryRoutes } from './routes/order-directory-queries.js'

export type WenmingApiOptions = {
  store: EventStore
  /**
   * Where the read models live and how the log is read for them: the store's own read side
   * (`sqliteReadSide(store)`), read models in a file of their own for a remote log, or
   * `inMemoryReadSide(store)`, rebuilt at every start. The caller owns it and closes it.
   */
  readSide: ReadSide
  auth: AuthConfig
  clock?: () => Date
  logger?: Logger
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

/** The running API: the Fastify app, its in-process projections and process recovery; `close` stops them. */
export type WenmingApi = {
  app: FastifyInstance
  projections: LiveProjections
  /** The recovery loop, or `undefined` when it is turned off. */
  recovery: ProcessRecovery | undefined
  close(): Promise<void>
}

/**
 * The Wenming HTTP API over a store: every domain command as a POST, the read models (kept up to
 * date in-process) as GETs. The caller owns the store and its read side and closes them after
 * `close()`.
 *
 * @example
 * const api = await createWenmingApi({
 *   store,
 *   readSide: sqliteReadSide(store),
 *   auth: await loadAuthConfig('tokens.json'),
 * })
 * await api.app.listen({ host: '127.0.0.1', port: 8080 })
 */
export const createWenmingApi = async (options: WenmingApiOptions): Promise<WenmingApi> => {
  const { store, readSide, logger } = options
  const { volunteers } = options
  const domain =
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
  const registers = volunteers !== undefined
  logger?.info({ readModels: readSide.description }, 'read models in %s', readSide.description)
  const projections = await startLiveProjections({
    store,
    slots: wenmingReadModelSlots(readSide),
    source: readSide.source,
    ...(options.projectionIntervalMs === undefined
      ? {}
      : { intervalMs: options.projectionIntervalMs }),
    onError: (error) => logger?.error({ err: error }, 'projection catch-up failed'),
  })
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
            if (released > 0) logger?.warn({ recovery: report }, 'process recovery gave back holds')
          },
          onError: (error) => logger?.error({ err: error }, 'process recovery failed'),
        })
  try {
    const app = await createApiServer({
      store,
      auth: options.auth,
      commands: [
        ...wenmingCommandRoutes(domain),
        ...volunteerCommandRoutes(domain).filter(
          (route) => registers || route.url !== '/volunteers',
        ),
        ...shiftCommandRoutes(domain),
      ],
      queries: [
        ...readQueryRoutes(projections),
        ...volunteerQueryRoutes(projections),
        ...reportAndHistoryRoutes(projections, wenmingReadModelNames),
        ...networkQueryRoutes(projections),
        ...orderDirectoryRoutes(projections),
        ...activityQueryRoutes(projections),
        ...catalogueQueryRoutes(domain, projections),
      ],
      clock,
      ...(logger === undefined ? {} : { logger }),
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
    return {
      app,
      projections,
      recovery,
      close: async () => {
        await app.close()
        await recovery?.stop()
        await projections.stop()
      },
    }
  } catch (error) {
    await recovery?.stop()
    await projections.stop()
    throw error
  }
}
