import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliUsageError, isCliUsageError } from './cli-error.js'
import { eventsTail } from './commands/events-tail.js'
import { writeFile } from 'node:fs/promises'
import { exportReport, type ExportFormat } from './commands/report.js'
import { openStore } from './open-store.js'
import { DEFAULT_STORE, parseReadModelSpec, parseStoreSpec } from './store-spec.js'
import { usage } from './usage.js'

/** Where the CLI writes: results to `out`, progress and diagnostics to `err`. */
export type CliIo = { out: (text: string) => void; err: (text: string) => void }

const commonOptions = {
  store: { type: 'string', default: DEFAULT_STORE },
  help: { type: 'boolean', short: 'h', default: false },
} as const

const integer = (value: string | undefined, name: string, fallback: number): number => {
  if (value === undefined) return fallback
  if (!/^-?\d+$/.test(value))
    throw new CliUsageError(`--${name} must be an integer, got '${value}'`)
  return Number(value)
}

type Parsed = {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>
  positionals: string[]
}

const parse = (args: string[], options: NonNullable<ParseArgsConfig['options']>): Parsed => {
  try {
    return parseArgs({ args, options: { ...commonOptions, ...options }, allowPositionals: true })
  } catch (error) {
    throw new CliUsageError((error as Error).message)
  }
}

const run = async (argv: readonly string[], io: CliIo): Promise<number> => {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(usage)
    return command === undefined ? 2 : 0
  }
  const args = [...rest]
  switch (command) {
    case 'serve': {
      const { values } = parse(args, {
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        tokens: { type: 'string' },
        dev: { type: 'boolean', default: false },
        'seed-demo': { type: 'boolean', default: false },
        'recovery-interval': { type: 'string', default: '60' },
        'recovery-bound': { type: 'string', default: '300' },
        'read-models': { type: 'string' },
      })
      if (values.help === true) return (io.out(usage), 0)
      // Commands load their modules on demand: `--help` and `report` need no HTTP server.
      const { runServe } = await import('./commands/serve.js')
      const store = parseStoreSpec(String(values.store))
      return runServe(
        {
          store,
          readModels: parseReadModelSpec(values['read-models'] as string | undefined, store),
          port: integer(values.port as string, 'port', 8080),
          host: String(values.host),
          tokens: values.tokens as string | undefined,
          dev: values.dev === true,
          seedDemo: values['seed-demo'] === true,
          recoveryIntervalSeconds: integer(
            values['recovery-interval'] as string,
            'recovery-interval',
            60,
          ),
          recoveryBoundSeconds: integer(values['recovery-bound'] as string, 'recovery-bound', 300),
        },
        io,
      )
    }
    case 'token': {
      const { values } = parse(args, {
        tokens: { type: 'string' },
        id: { type: 'string' },
        role: { type: 'string' },
        sites: { type: 'string' },
        teams: { type: 'string' },
        days: { type: 'string' },
      })
      if (values.help === true) return (io.out(usage), 0)
      const { runToken } = await import('./commands/token.js')
      return runToken(
        {
          tokens: values.tokens as string | undefined,
          id: values.id as string | undefined,
          role: values.role as string | undefined,
          sites: values.sites as string | undefined,
          teams: values.teams as string | undefined,
          days: values.days === undefined ? undefined : integer(values.days as string, 'days', 90),
        },
        io,
      )
    }
    case 'demo': {
      const { values } = parse(args, {
        year: { type: 'string', default: '2022' },
        seed: { type: 'string', default: '1' },
        orders: { type: 'string' },
        activities: { type: 'string' },
      })
      if (values.help === true) return (io.out(usage), 0)
      const { runDemo } = await import('./commands/demo.js')
      const opened = await openStore(parseStoreSpec(String(values.store)))
      try {
        return await runDemo(
          opened,
          {
            year: integer(values.year as string, 'year', 2022),
            seed: integer(values.seed as string, 'seed', 1),
            ...(values.orders === undefined
              ? {}
              : { orders: integer(values.orders as string, 'orders', 0) }),
            ...(values.activities === undefined
              ? {}
              : { activities: integer(values.activities as string, 'activities', 0) }),
          },
          io,
        )
      } finally {
        await opened.store.close()
      }
    }
    case 'rebuild': {
      const { values, positionals } = parse(args, { 'read-models': { type: 'string' } })
      if (values.help === true) return (io.out(usage), 0)
      const { runRebuild } = await import('./commands/rebuild.js')
      const store = parseStoreSpec(String(values.store))
      const readModels = parseReadModelSpec(values['read-models'] as string | undefined, store)
      const opened = await openStore(store)
      try {
        return await runRebuild(opened, { name: positionals[0], readModels }, io)
      } finally {
        await opened.store.close()
      }
    }
    case 'report': {
      const { values } = parse(args, {
        year: { type: 'string' },
        period: { type: 'string' },
        format: { type: 'string', default: 'text' },
        district: { type: 'string' },
        out: { type: 'string' },
      })
      if (values.help === true) return (io.out(usage), 0)
      const period = (values.period ?? values.year) as string | undefined
      if (period === undefined)
        throw new CliUsageError('report needs --year <yyyy> (or --period yyyy-mm)')
      const format = String(values.format)
      if (!['text', 'md', 'json', 'csv', 'xlsx'].includes(format)) {
        throw new CliUsageError(`--format must be text, md, json, csv or xlsx, got '${format}'`)
      }
      const out = values.out as string | undefined
      if (format === 'xlsx' && out === undefined) {
        throw new CliUsageError('--format xlsx needs --out <file.xlsx>')
      }
      const opened = await openStore(parseStoreSpec(String(values.store)))
      try {
        const rendered = await exportReport(
          opened.store,
          period,
          format as ExportFormat,
          values.district as string | undefined,
        )
        if (out === undefined) io.out(String(rendered))
        else {
          await writeFile(out, rendered)
          io.err(`Wrote the ${format} report to ${out}\n`)
        }
        return 0
      } finally {
        await opened.store.close()
      }
    }
    case 'migrate': {
      const { values } = parse(args, {})
      if (values.help === true) return (io.out(usage), 0)
      const { runMigrate } = await import('./commands/migrate.js')
      return runMigrate(parseStoreSpec(String(values.store)), io)
    }
    case 'events': {
      const { values, positionals } = parse(args, {
        from: { type: 'string', default: '1' },
        limit: { type: 'string' },
        follow: { type: 'boolean', short: 'f', default: false },
      })
      if (values.help === true) return (io.out(usage), 0)
      if (positionals[0] !== 'tail')
        throw new CliUsageError(
          `Unknown events subcommand '${positionals[0] ?? ''}': use events tail`,
        )
      const opened = await openStore(parseStoreSpec(String(values.store)))
      const abort = new AbortController()
      const stop = (): void => abort.abort()
      process.once('SIGINT', stop)
      try {
        await eventsTail(opened.store, {
          from: integer(values.from as string, 'from', 1),
          limit:
            values.limit === undefined ? undefined : integer(values.limit as string, 'limit', 0),
          follow: values.follow === true,
          signal: abort.signal,
          write: (line) => io.out(`${line}\n`),
        })
        return 0
      } finally {
        process.off('SIGINT', stop)
        await opened.store.close()
      }
    }
    default:
      throw new CliUsageError(`Unknown command '${command}'`)
  }
}

/** Runs the `wenming` command line and resolves with its exit code. */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<number> => {
  try {
    return await run(argv, io)
  } catch (error) {
    if (
      isCliUsageError(error) ||
      (error instanceof Error && /^Unknown --(store|read-models)/.test(error.message))
    ) {
      io.err(`wenming: ${error.message}\nRun wenming --help for usage.\n`)
      return 2
    }
    io.err(`wenming: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 1
  }
}
