import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import { closeWithin } from './close-within.js'
import { createServerApp, type ServerAppOptions } from './create-server-app.js'
import type { LiveProjections } from './live-projections.js'
import type { ProcessRecovery } from './process-recovery.js'
import { wenmingApi, type WenmingApiPluginOptions } from './wenming-api-plugin.js'

export type WenmingApiOptions = Omit<WenmingApiPluginOptions, 'prefix'> &
  ServerAppOptions & {
    logger?: Logger
  }

/** The running API: the Fastify app, its in-process projections and process recovery; `close` stops them. */
export type WenmingApi = {
  app: FastifyInstance
  projections: LiveProjections
  /** The recovery loop, or `undefined` when it is turned off. */
  recovery: ProcessRecovery | undefined
  /** Stops taking requests, lets those in flight finish, then stops projections and recovery. */
  close(): Promise<void>
  /**
   * `close` with a deadline: requests still running after `ms` are cut (see `closeWithin`).
   * Close the store after it.
   */
  closeWithin(ms: number): Promise<{ forced: boolean }>
}

/**
 * The Wenming HTTP API over a store as a standalone server: {@link wenmingApi} in an app of its
 * own. The caller owns the store and its read side and closes them after `close()`.
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
  const { logger, http, webConsole, ...pluginOptions } = options
  const app = createServerApp({
    ...(logger === undefined ? {} : { logger }),
    ...(http === undefined ? {} : { http }),
    ...(webConsole === undefined ? {} : { webConsole }),
  })
  await app.register(wenmingApi, pluginOptions)
  await app.ready()
  const { projections, recovery } = app.wenming
  return {
    app,
    projections,
    recovery,
    close: () => app.close(),
    closeWithin: (ms) => closeWithin(app, ms),
  }
}
