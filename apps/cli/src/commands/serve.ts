import {
  createDevAuthConfig,
  createWenmingApi,
  volunteerIdDigest,
  loadAuthConfig,
  type AuthConfig,
} from '@wenming/api'
import { createWenmingDomain } from '@wenming/domain'
import { demoVolunteerIdKey, simulateDistrictYear } from '@wenming/simulator'
import { CliUsageError } from '../cli-error.js'
import type { ServeConfig } from '../config.js'
import { findDevScope } from '../dev-scope.js'
import type { CliIo } from '../main.js'
import { openStore } from '../open-store.js'
import { serveLogger } from './serve-logger.js'

const isEmpty = async (store: { readAll: (o: { maxCount: number }) => AsyncIterable<unknown> }) => {
  for await (const _event of store.readAll({ maxCount: 1 })) return false
  return true
}

const signalled = (): Promise<NodeJS.Signals> =>
  new Promise((resolve) => {
    const on = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', on)
      process.off('SIGTERM', on)
      resolve(signal)
    }
    process.once('SIGINT', on)
    process.once('SIGTERM', on)
  })

/**
 * Runs the API until SIGINT or SIGTERM, then closes it within the shutdown timeout; prints the
 * URL, the docs URL and, with `--dev`, the tokens.
 */
export const runServe = async (options: ServeConfig, io: CliIo): Promise<number> => {
  if (options.tokens === undefined && !options.dev) {
    throw new CliUsageError('serve needs --tokens <file> or --dev')
  }
  const opened = await openStore(options.store)
  const { store, description, idempotencyKeys } = opened
  let api: Awaited<ReturnType<typeof createWenmingApi>> | undefined
  let readSide: Awaited<ReturnType<typeof opened.readSide>> | undefined
  // One domain object for the process: the seeding and the API share its state caches.
  // The key of the volunteers' ID claims (V1) comes from the environment; dev and demo stores use
  // the demo's, so the seeded volunteers and later registrations claim under one key.
  const idKey =
    options.volunteerIdKey ?? (options.dev || options.seedDemo ? demoVolunteerIdKey : undefined)
  const domain = createWenmingDomain(
    idKey === undefined ? {} : { volunteers: { idDigest: volunteerIdDigest(idKey) } },
  )
  try {
    readSide = await opened.readSide({ readModels: options.readModels })
    // Before anything reads the store: an operator sees where the read models live even when the
    // store cannot be reached.
    io.out(`Store: ${description}\nRead models: ${readSide.description}\n`)
    if (options.seedDemo && (await isEmpty(store))) {
      io.err('Seeding the empty store with the demo district year 2022...\n')
      await simulateDistrictYear(store, { year: 2022, seed: 1, profile: '2022', domain })
    }
    const auth: AuthConfig =
      options.tokens !== undefined
        ? await loadAuthConfig(options.tokens)
        : createDevAuthConfig(await findDevScope(store))
    api = await createWenmingApi({
      store,
      readSide,
      auth,
      domain,
      recovery:
        options.recoveryIntervalSeconds <= 0
          ? false
          : {
              intervalMs: options.recoveryIntervalSeconds * 1000,
              olderThanMs: Math.max(0, options.recoveryBoundSeconds) * 1000,
            },
      ...(idKey === undefined ? {} : { volunteers: { idKey } }),
      logger: await serveLogger(options.logLevel, options.dev),
      ...(idempotencyKeys === undefined ? {} : { idempotencyKeys }),
      corsOrigins: options.corsOrigins,
      rateLimits: options.rateLimits,
      metricsAccess: options.metricsAccess,
    })
    const url = await api.app.listen({ host: options.host, port: options.port })
    io.out(`Wenming API on ${url} (${description})\nDocs: ${url}/docs\n`)
    if (options.tokens === undefined) {
      io.out('Dev tokens (send as Authorization: Bearer <token>):\n')
      for (const entry of auth.tokens) {
        if (!('token' in entry)) continue
        const { token, principal } = entry
        const scope = [...principal.sites, ...principal.teams].join(', ')
        io.out(`  ${principal.role.padEnd(18)} ${token}${scope === '' ? '' : `  (${scope})`}\n`)
      }
    }
    const signal = await signalled()
    const seconds = options.shutdownTimeoutMs / 1000
    io.err(`${signal}: shutting down (requests in flight get ${seconds} s)...\n`)
    const { forced } = await api.closeWithin(options.shutdownTimeoutMs)
    api = undefined
    if (forced) io.err(`Cut the requests still running after ${seconds} s\n`)
    return 0
  } finally {
    await api?.close()
    await readSide?.close()
    await store.close()
  }
}
