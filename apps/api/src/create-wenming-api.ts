import { createWenmingDomain, type WenmingDomain } from '@wenming/domain'
import type { EventStore, ReadSide } from '@wenming/event-store'
import { wenmingReadModelNames, wenmingReadModelSlots } from '@wenming/projections'
import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import type { AuthConfig } from './auth-config.js'
import { createApiServer } from './create-api-server.js'
import { startLiveProjections, type LiveProjections } from './live-projections.js'
import { wenmingCommandRoutes } from './routes/wenming-command-routes.js'
import { readQueryRoutes } from './routes/read-queries.js'
import { reportAndHistoryRoutes } from './routes/report-and-history-queries.js'

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
  /** The domain object commands run through (default: `createWenmingDomain()`, caches on). */
  domain?: WenmingDomain
}

/** The running API: the Fastify app and its in-process projections; `close` stops both. */
export type WenmingApi = {
  app: FastifyInstance
  projections: LiveProjections
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
  const domain = options.domain ?? createWenmingDomain()
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
  try {
    const app = await createApiServer({
      store,
      auth: options.auth,
      commands: wenmingCommandRoutes(domain),
      queries: [
        ...readQueryRoutes(projections),
        ...reportAndHistoryRoutes(projections, wenmingReadModelNames),
      ],
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      ...(logger === undefined ? {} : { logger }),
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
      close: async () => {
        await app.close()
        await projections.stop()
      },
    }
  } catch (error) {
    await projections.stop()
    throw error
  }
}
