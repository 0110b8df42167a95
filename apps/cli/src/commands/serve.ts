import {
  createDevAuthConfig,
  createLogger,
  createWenmingApi,
  loadAuthConfig,
  type AuthConfig,
} from '@wenming/api'
import { createWenmingDomain } from '@wenming/domain'
import { simulateDistrictYear } from '@wenming/simulator'
import { CliUsageError } from '../cli-error.js'
import { findDevScope } from '../dev-scope.js'
import type { CliIo } from '../main.js'
import { openStore } from '../open-store.js'
import type { ReadModelSpec, StoreSpec } from '../store-spec.js'

export type ServeOptions = {
  store: StoreSpec
  readModels: ReadModelSpec
  port: number
  host: string
  tokens: string | undefined
  dev: boolean
  seedDemo: boolean
}

const isEmpty = async (store: { readAll: (o: { maxCount: number }) => AsyncIterable<unknown> }) => {
  for await (const _event of store.readAll({ maxCount: 1 })) return false
  return true
}

/** Runs the API until SIGINT or SIGTERM; prints the URL, the docs URL and, with `--dev`, the tokens. */
export const runServe = async (options: ServeOptions, io: CliIo): Promise<number> => {
  if (options.tokens === undefined && !options.dev) {
    throw new CliUsageError('serve needs --tokens <file> or --dev')
  }
  const opened = await openStore(options.store)
  const { store, description } = opened
  let api: Awaited<ReturnType<typeof createWenmingApi>> | undefined
  let readSide: Awaited<ReturnType<typeof opened.readSide>> | undefined
  // One domain object for the process: the seeding and the API share its state caches.
  const domain = createWenmingDomain()
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
      logger: createLogger(process.env['LOG_LEVEL'] ?? 'info', { pretty: options.dev }),
    })
    const url = await api.app.listen({ host: options.host, port: options.port })
    io.out(`Wenming API on ${url} (${description})\nDocs: ${url}/docs\n`)
    if (options.tokens === undefined) {
      io.out('Dev tokens (send as Authorization: Bearer <token>):\n')
      for (const { token, principal } of auth.tokens) {
        const scope = [...principal.sites, ...principal.teams].join(', ')
        io.out(`  ${principal.role.padEnd(18)} ${token}${scope === '' ? '' : `  (${scope})`}\n`)
      }
    }
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve)
      process.once('SIGTERM', resolve)
    })
    io.err('Shutting down...\n')
    return 0
  } finally {
    await api?.close()
    await readSide?.close()
    await store.close()
  }
}
