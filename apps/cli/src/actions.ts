import { access } from 'node:fs/promises'
import { CliFailure, CliUsageError } from './cli-error.js'
import { serveConfig, storeConfig } from './config.js'
import { watchDistricts } from './district-watch.js'
import { failureMessage } from './failure-message.js'
import { configFlags, numberFlag, stringFlag } from './flag-values.js'
import type { CliIo } from './main.js'
import { openStore, type OpenedStore } from './open-store.js'
import type { CommandActions, Flags } from './program.js'
import { reportScopeOf } from './report-scope-flags.js'
import { prepareSqlitePath } from './sqlite-path.js'
import { refuseIfInUse } from './store-in-use.js'
import { parseReadModelSpec, type StoreSpec } from './store-spec.js'

const withStore = async <T>(
  spec: StoreSpec,
  create: boolean,
  use: (opened: OpenedStore) => Promise<T>,
): Promise<T> => {
  if (spec.kind === 'sqlite') await prepareSqlitePath(spec.path, create)
  const opened = await openStore(spec)
  try {
    return await use(opened)
  } finally {
    await opened.store.close()
  }
}

const sqlitePath = (spec: StoreSpec, command: string): string => {
  if (spec.kind !== 'sqlite') throw new CliUsageError(`${command} needs --store sqlite:<path>`)
  return spec.path
}

/** The commands' actions: each parses what commander left to it and reports its exit code. */
export const createActions = (
  io: CliIo,
  env: NodeJS.ProcessEnv,
  exit: (code: number) => void,
): CommandActions => {
  const storeOf = (flags: Flags): StoreSpec => storeConfig(configFlags(flags), env)
  return {
    serve: async (flags) => {
      const config = serveConfig(configFlags(flags), env)
      if (config.tokens === undefined && !config.dev)
        throw new CliUsageError('serve needs --tokens <file> (or WENMING_TOKENS) or --dev')
      if (config.tokens !== undefined) {
        await access(config.tokens).catch((error: unknown) => {
          throw new CliFailure(`cannot read the tokens file: ${failureMessage(error)}`)
        })
      }
      if (config.store.kind === 'sqlite')
        await prepareSqlitePath(config.store.path, config.create || config.seedDemo)
      // Commands load their modules on demand: `--help` and `report` need no HTTP server.
      const { runServe } = await import('./commands/serve.js')
      exit(await runServe(config, io))
    },
    token: async (flags) => {
      const { runToken } = await import('./commands/token.js')
      exit(
        await runToken(
          {
            tokens: stringFlag(flags, 'tokens'),
            id: stringFlag(flags, 'id'),
            role: stringFlag(flags, 'role'),
            sites: stringFlag(flags, 'sites'),
            teams: stringFlag(flags, 'teams'),
            days: numberFlag(flags, 'days'),
          },
          io,
        ),
      )
    },
    demo: async (flags) => {
      const { runDemo } = await import('./commands/demo.js')
      const orders = numberFlag(flags, 'orders')
      const activities = numberFlag(flags, 'activities')
      // A demo fills a new store: it creates the file.
      const code = await withStore(storeOf(flags), true, (opened) =>
        runDemo(
          opened,
          {
            year: numberFlag(flags, 'year') ?? 2022,
            seed: numberFlag(flags, 'seed') ?? 1,
            ...(orders === undefined ? {} : { orders }),
            ...(activities === undefined ? {} : { activities }),
          },
          io,
        ),
      )
      exit(code)
    },
    rebuild: async (readModel, flags) => {
      const spec = storeOf(flags)
      const readModels = (() => {
        try {
          return parseReadModelSpec(stringFlag(flags, 'readModels'), spec)
        } catch (error) {
          throw new CliUsageError(failureMessage(error))
        }
      })()
      if (spec.kind === 'sqlite') await prepareSqlitePath(spec.path, false)
      refuseIfInUse(spec, 'rebuild the read models of')
      const { runRebuild } = await import('./commands/rebuild.js')
      exit(
        await withStore(spec, false, (opened) =>
          runRebuild(opened, { name: readModel, readModels }, io),
        ),
      )
    },
    report: async (flags) => {
      const year = numberFlag(flags, 'year')
      const period = stringFlag(flags, 'period') ?? (year === undefined ? undefined : String(year))
      if (period === undefined)
        throw new CliUsageError('report needs --year <yyyy> or --period <period>')
      const format = stringFlag(flags, 'format') ?? 'text'
      const out = stringFlag(flags, 'out')
      if (format === 'xlsx' && out === undefined)
        throw new CliUsageError('--format xlsx needs --out <file.xlsx>')
      const district = stringFlag(flags, 'district')
      const scope = reportScopeOf(flags)
      const { writeReport } = await import('./commands/write-report.js')
      await withStore(storeOf(flags), false, async ({ store }) => {
        const watched = watchDistricts(store)
        const rendered = await writeReport(watched.store, { period, format, scope, out }, io)
        const known = watched.districts()
        if (district !== undefined && !known.includes(district))
          throw new CliFailure(
            `unknown district '${district}': ${known.length === 0 ? 'the store has no districts' : `known districts are ${known.join(', ')}`}`,
          )
        await rendered()
      })
      exit(0)
    },
    migrate: async (flags) => {
      const spec = storeOf(flags)
      if (spec.kind === 'sqlite') await prepareSqlitePath(spec.path, flags['create'] === true)
      const { runMigrate } = await import('./commands/migrate.js')
      exit(await runMigrate(spec, io))
    },
    eventsTail: async (flags) => {
      const { eventsTail } = await import('./commands/events-tail.js')
      const types = flags['type']
      const stream = stringFlag(flags, 'stream')
      await withStore(storeOf(flags), false, async ({ store }) => {
        const abort = new AbortController()
        const stop = (): void => abort.abort()
        process.once('SIGINT', stop)
        try {
          await eventsTail(store, {
            from: numberFlag(flags, 'from') ?? 1,
            limit: numberFlag(flags, 'limit'),
            follow: flags['follow'] === true,
            ...(Array.isArray(types) ? { types } : {}),
            ...(stream === undefined ? {} : { stream }),
            signal: abort.signal,
            write: (line) => io.out(`${line}\n`),
          })
        } finally {
          process.off('SIGINT', stop)
        }
      })
      exit(0)
    },
    backup: async (flags) => {
      const path = sqlitePath(storeOf(flags), 'backup')
      await prepareSqlitePath(path, false)
      const { runBackup } = await import('./commands/backup.js')
      exit(await runBackup(path, stringFlag(flags, 'out') ?? '', io))
    },
    verify: async (file) => {
      const { runVerify } = await import('./commands/verify.js')
      exit(await runVerify(file, io))
    },
    restore: async (flags) => {
      const spec = storeOf(flags)
      const path = sqlitePath(spec, 'restore')
      refuseIfInUse(spec, 'restore over')
      const { runRestore } = await import('./commands/restore.js')
      exit(await runRestore(stringFlag(flags, 'from') ?? '', path, flags['force'] === true, io))
    },
  }
}
