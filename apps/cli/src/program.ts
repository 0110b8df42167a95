import { createRequire } from 'node:module'
import { Argument, Command, Option } from 'commander'
import { DEFAULT_STORE } from './store-spec.js'
import { integerOption, periodOption, yearOption } from './option-parsers.js'
import { readModelNames } from './read-model-names.js'

/** What each command runs with its parsed options; `program` only parses and describes. */
export type CommandActions = {
  serve: (options: ServeFlags) => Promise<void>
  demo: (options: DemoFlags) => Promise<void>
  rebuild: (readModel: string | undefined, options: RebuildFlags) => Promise<void>
  report: (options: ReportFlags) => Promise<void>
  eventsTail: (options: EventsTailFlags) => Promise<void>
  backup: (options: BackupFlags) => Promise<void>
  restore: (options: RestoreFlags) => Promise<void>
}

export type StoreFlags = { store: string; create?: boolean }
export type RebuildFlags = StoreFlags & { readModels?: string }
export type ServeFlags = StoreFlags & {
  readModels?: string
  port: number
  host: string
  tokens?: string
  dev: boolean
  seedDemo: boolean
}
export type DemoFlags = StoreFlags & {
  year: number
  seed: number
  orders?: number
  activities?: number
}
export type ReportFlags = StoreFlags & {
  year?: number
  period?: string
  format: 'text' | 'md' | 'json'
  district?: string
}
export type EventsTailFlags = StoreFlags & {
  from: number
  limit?: number
  follow: boolean
  type?: string[]
  stream?: string
}
export type BackupFlags = StoreFlags & { out: string }
export type RestoreFlags = StoreFlags & { from: string; force: boolean }

/** The version of the `wenming` command, from its package.json. */
export const cliVersion = (): string =>
  (createRequire(import.meta.url)('../package.json') as { version: string }).version

const storeOption = (): Option =>
  new Option('--store <spec>', 'memory | sqlite:<path> | esdb://host:port')
    .env('WENMING_STORE')
    .default(DEFAULT_STORE)

const readModelsOption = (): Option =>
  new Option(
    '--read-models <spec>',
    "memory | sqlite:<path>: where the read models live (default: the SQLite store's own file; sqlite:./data/read-models.db for esdb://; memory for --store memory)",
  ).env('WENMING_READ_MODELS')

const createOption = (): Option =>
  new Option('--create', 'make a new SQLite store when the path does not exist')

const collect = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  ...value.split(',').filter((type) => type !== ''),
]

/** The `wenming` command line: its commands, options and help, wired to `actions`. */
export const createProgram = (actions: CommandActions): Command => {
  const program = new Command('wenming')
    .description('Wenming: the event-sourced volunteer-service platform of a district')
    .version(cliVersion(), '-V, --version', 'print the version')
    .option('--debug', 'print stack traces of failures')
    .helpOption('-h, --help', 'print help')
    .showSuggestionAfterError(true)

  program
    .command('serve')
    .description('run the HTTP API (OpenAPI docs at /docs) until SIGINT or SIGTERM')
    .addOption(storeOption())
    .addOption(createOption())
    .addOption(readModelsOption())
    .addOption(
      new Option('--port <n>', 'port; 0 picks a free one')
        .env('PORT')
        .default(8080)
        .argParser(integerOption(0)),
    )
    .addOption(new Option('--host <addr>', 'address to listen on').env('HOST').default('127.0.0.1'))
    .addOption(
      new Option('--tokens <file>', 'bearer-token file (see the API README)').env('WENMING_TOKENS'),
    )
    .option('--dev', 'generate one demo token per role and print them', false)
    .option(
      '--seed-demo',
      'seed an empty store with the demo district year 2022 (creates it)',
      false,
    )
    .action(actions.serve)

  program
    .command('demo')
    .description(
      "simulate a district year into the store (creating it) and print the year's report",
    )
    .addOption(storeOption())
    .addOption(
      new Option('--year <yyyy>', 'the year to simulate').default(2022).argParser(yearOption),
    )
    .addOption(new Option('--seed <n>', 'random seed').default(1).argParser(integerOption(0)))
    .addOption(
      new Option('--orders <n>', 'scale the district to n request orders').argParser(
        integerOption(0),
      ),
    )
    .addOption(
      new Option('--activities <n>', 'with --orders: n activities').argParser(integerOption(0)),
    )
    .action(actions.demo)

  program
    .command('rebuild')
    .description('rebuild read models from the log, with a progress bar (refused while served)')
    .addArgument(
      new Argument('[read-model]', 'the read model to rebuild (all when omitted)').choices(
        readModelNames,
      ),
    )
    .addOption(storeOption())
    .addOption(readModelsOption())
    .action(actions.rebuild)

  program
    .command('report')
    .description('the work report of a year, month or day, computed from the log alone')
    .addOption(storeOption())
    .addOption(
      new Option('--year <yyyy>', 'the year to report').argParser(yearOption).conflicts('period'),
    )
    .addOption(
      new Option(
        '--period <period>',
        'a year (2022), month (2022-03) or day (2022-03-08)',
      ).argParser(periodOption),
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'md', 'json'])
        .default('text'),
    )
    .option('--district <site-id>', "one district's report: its centre site id (all when omitted)")
    .action(actions.report)

  program
    .command('events')
    .description('read the event log')
    .command('tail')
    .description('print events in global order, one JSON object per line')
    .addOption(storeOption())
    .addOption(
      new Option('--from <position>', 'first global position')
        .default(1)
        .argParser(integerOption(1)),
    )
    .addOption(new Option('--limit <n>', 'stop after n events').argParser(integerOption(0)))
    .option('--type <types>', 'only these event types (comma-separated, repeatable)', collect)
    .option('--stream <name>', 'only the events of this stream')
    .option('-f, --follow', 'keep polling for new events', false)
    .action(actions.eventsTail)

  program
    .command('backup')
    .description('copy a live SQLite store consistently (online backup), verify it, print its size')
    .addOption(storeOption())
    .requiredOption('--out <file>', 'the backup file to write (must not exist)')
    .action(actions.backup)

  program
    .command('restore')
    .description('replace a SQLite store with a verified backup (refused while served)')
    .addOption(storeOption())
    .requiredOption('--from <file>', 'the backup file to restore')
    .option('--force', 'overwrite an existing store', false)
    .action(actions.restore)

  return program
}
