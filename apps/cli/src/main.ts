import { access } from 'node:fs/promises'
import { CommanderError, type Command } from 'commander'
import { CliFailure, CliUsageError, isCliFailure, isCliUsageError } from './cli-error.js'
import { watchDistricts } from './district-watch.js'
import { failureMessage } from './failure-message.js'
import { logLevelFromEnvironment } from './log-level.js'
import { openStore } from './open-store.js'
import { createProgram, type CommandActions } from './program.js'
import { prepareSqlitePath } from './sqlite-path.js'
import { holdStore, refuseIfServed } from './store-lease.js'
import {
  parseReadModelSpec,
  parseStoreSpec,
  type ReadModelSpec,
  type StoreSpec,
} from './store-spec.js'

/** Where the CLI writes: results to `out`, progress and diagnostics to `err`. */
export type CliIo = { out: (text: string) => void; err: (text: string) => void }

const storeSpec = (text: string): StoreSpec => {
  try {
    return parseStoreSpec(text)
  } catch (error) {
    throw new CliUsageError(failureMessage(error))
  }
}

const readModelSpec = (text: string | undefined, store: StoreSpec): ReadModelSpec => {
  try {
    return parseReadModelSpec(text, store)
  } catch (error) {
    throw new CliUsageError(failureMessage(error))
  }
}

const withStore = async <T>(
  spec: StoreSpec,
  create: boolean,
  use: (opened: Awaited<ReturnType<typeof openStore>>) => Promise<T>,
): Promise<T> => {
  if (spec.kind === 'sqlite') await prepareSqlitePath(spec.path, create)
  const opened = await openStore(spec)
  try {
    return await use(opened)
  } finally {
    await opened.store.close()
  }
}

const actions = (io: CliIo, exit: (code: number) => void): CommandActions => ({
  serve: async (flags) => {
    const spec = storeSpec(flags.store)
    if (flags.tokens === undefined && !flags.dev)
      throw new CliUsageError('serve needs --tokens <file> (or WENMING_TOKENS) or --dev')
    if (flags.tokens !== undefined) {
      await access(flags.tokens).catch((error: unknown) => {
        throw new CliFailure(`cannot read the tokens file: ${failureMessage(error)}`)
      })
    }
    logLevelFromEnvironment(process.env)
    // Commands load their modules on demand: `--help` and `report` need no HTTP server.
    const { runServe } = await import('./commands/serve.js')
    let release: (() => Promise<void>) | undefined
    if (spec.kind === 'sqlite' && spec.path !== ':memory:') {
      await prepareSqlitePath(spec.path, flags.create === true || flags.seedDemo)
      release = await holdStore(spec.path)
    }
    try {
      exit(
        await runServe(
          {
            store: spec,
            readModels: readModelSpec(flags.readModels, spec),
            port: flags.port,
            host: flags.host,
            tokens: flags.tokens,
            dev: flags.dev,
            seedDemo: flags.seedDemo,
          },
          io,
        ),
      )
    } finally {
      await release?.()
    }
  },
  demo: async (flags) => {
    const { runDemo } = await import('./commands/demo.js')
    // A demo fills a new store: it creates the file.
    const code = await withStore(storeSpec(flags.store), true, (opened) =>
      runDemo(
        opened,
        {
          year: flags.year,
          seed: flags.seed,
          ...(flags.orders === undefined ? {} : { orders: flags.orders }),
          ...(flags.activities === undefined ? {} : { activities: flags.activities }),
        },
        io,
      ),
    )
    exit(code)
  },
  rebuild: async (readModel, flags) => {
    const spec = storeSpec(flags.store)
    if (spec.kind === 'sqlite') await refuseIfServed(spec.path, 'rebuild the read models of')
    const { runRebuild } = await import('./commands/rebuild.js')
    const readModels = readModelSpec(flags.readModels, spec)
    exit(
      await withStore(spec, false, (opened) =>
        runRebuild(opened, { name: readModel, readModels }, io),
      ),
    )
  },
  report: async (flags) => {
    const period = flags.period ?? (flags.year === undefined ? undefined : String(flags.year))
    if (period === undefined)
      throw new CliUsageError('report needs --year <yyyy> or --period <period>')
    const { renderReport } = await import('./commands/report.js')
    const text = await withStore(storeSpec(flags.store), false, async ({ store }) => {
      const watched = watchDistricts(store)
      const rendered = await renderReport(watched.store, period, flags.format, flags.district)
      const known = watched.districts()
      if (flags.district !== undefined && !known.includes(flags.district))
        throw new CliFailure(
          `unknown district '${flags.district}': ${known.length === 0 ? 'the store has no districts' : `known districts are ${known.join(', ')}`}`,
        )
      return rendered
    })
    io.out(text)
    exit(0)
  },
  eventsTail: async (flags) => {
    const { eventsTail } = await import('./commands/events-tail.js')
    await withStore(storeSpec(flags.store), false, async ({ store }) => {
      const abort = new AbortController()
      const stop = (): void => abort.abort()
      process.once('SIGINT', stop)
      try {
        await eventsTail(store, {
          from: flags.from,
          limit: flags.limit,
          follow: flags.follow,
          ...(flags.type === undefined ? {} : { types: flags.type }),
          ...(flags.stream === undefined ? {} : { stream: flags.stream }),
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
    const spec = storeSpec(flags.store)
    if (spec.kind !== 'sqlite') throw new CliUsageError('backup needs --store sqlite:<path>')
    await prepareSqlitePath(spec.path, false)
    const { runBackup } = await import('./commands/backup.js')
    exit(await runBackup(spec.path, flags.out, io))
  },
  restore: async (flags) => {
    const spec = storeSpec(flags.store)
    if (spec.kind !== 'sqlite') throw new CliUsageError('restore needs --store sqlite:<path>')
    await refuseIfServed(spec.path, 'restore over')
    const { runRestore } = await import('./commands/restore.js')
    exit(await runRestore(flags.from, spec.path, flags.force, io))
  },
})

/** Runs the `wenming` command line and resolves with its exit code (2 for a usage error). */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<number> => {
  let code = 0
  const program = createProgram(actions(io, (exitCode) => (code = exitCode)))
  const configure = (command: Command): void => {
    command.exitOverride().configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (text, write) => write(`wenming: ${text.replace(/^error: /, '').trimEnd()}\n`),
    })
    command.commands.forEach(configure)
  }
  configure(program)
  const debug = argv.includes('--debug')
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end the parse with exit code 0; every other parse error is a usage error.
      return error.exitCode === 0 ? 0 : 2
    }
    if (debug)
      io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    if (isCliUsageError(error)) {
      io.err(`wenming: ${error.message} (see wenming --help)\n`)
      return 2
    }
    io.err(`wenming: ${isCliFailure(error) ? error.message : failureMessage(error)}\n`)
    return 1
  }
}
