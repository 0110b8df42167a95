import type { FastifyInstance } from 'fastify'
import { apiPlugin, type ApiPluginOptions } from './api-plugin.js'
import { createServerApp, type ServerAppOptions } from './create-server-app.js'

export type ApiServerOptions = Omit<ApiPluginOptions, 'prefix'> & ServerAppOptions

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
  const app = createServerApp({
    ...(logger === undefined ? {} : { logger }),
    ...(http === undefined ? {} : { http }),
    ...(webConsole === undefined ? {} : { webConsole }),
  })
  await app.register(apiPlugin, pluginOptions)
  await app.ready()
  return app
}
