import { createRequire } from 'node:module'
import { wenmingReadModelNames } from '@wenming/projections'
import { Argument, Command, Option } from 'commander'
import type { ConfigField } from './config-field.js'
import { serveFields, storeField } from './config.js'
import { integerOption, periodOption, yearOption } from './option-parsers.js'

/** The parsed options of a command, as commander hands them over. */
export type Flags = Record<string, string | boolean | string[] | number | undefined>

/** What each command runs with its parsed arguments; the program only parses and describes. */
export type CommandActions = {
  serve: (flags: Flags) => Promise<void>
  token: (flags: Flags) => Promise<void>
  demo: (flags: Flags) => Promise<void>
  rebuild: (readModel: string | undefined, flags: Flags) => Promise<void>
  report: (flags: Flags) => Promise<void>
  migrate: (flags: Flags) => Promise<void>
  eventsTail: (flags: Flags) => Promise<void>
  backup: (flags: Flags) => Promise<void>
  verify: (file: string) => Promise<void>
  restore: (flags: Flags) => Promise<void>
}

/** The version of the `wenming` command, from its package.json. */
export const cliVersion = (): string =>
  (createRequire(import.meta.url)('../package.json') as { version: string }).version

/** An option from its config field; the help names the environment variable too. */
const fieldOption = (field: ConfigField): Option =>
  new Option(
    `${field.flag}${field.value === undefined ? '' : ` ${field.value}`}`,
    `${field.description} [env ${field.env}]`,
  )

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
    .option('--debug', 'print the stack trace of a failure (any command)')
    .helpOption('-h, --help', 'print help')
    .showSuggestionAfterError(true)

  const serve = program
    .command('serve')
    .description('run the HTTP API (OpenAPI docs at /docs) until SIGINT or SIGTERM')
  for (const field of Object.values(serveFields)) serve.addOption(fieldOption(field))
  serve.action(actions.serve)

  program
    .command('token')
    .description(
      'add a bearer token (stored hashed, with an expiry) to a tokens file and print it once',
    )
    .requiredOption('--tokens <file>', 'the tokens file (created when missing)')
    .requiredOption('--id <principal>', 'who the token stands for')
    .requiredOption('--role <role>', "the principal's role (see the API README)")
    .option('--sites <ids>', 'comma-separated site ids of its scope')
    .option('--teams <ids>', 'comma-separated team ids of its scope')
    .addOption(
      new Option('--days <n>', 'days until it expires (default 90)').argParser(integerOption(1)),
    )
    .action(actions.token)

  program
    .command('demo')
    .description(
      "simulate a district year into the store (creating it) and print the year's report",
    )
    .addOption(fieldOption(storeField))
    .addOption(
      new Option('--year <yyyy>', 'the year to simulate').default(2022).argParser(yearOption),
    )
    .addOption(new Option('--seed <n>', 'random seed').default(1).argParser(integerOption(0)))
    .addOption(
      new Option(
        '--orders <n>',
        'scale the district to n request orders (default: the 2022 district)',
      ).argParser(integerOption(0)),
    )
    .addOption(
      new Option('--activities <n>', 'with --orders: n activities').argParser(integerOption(0)),
    )
    .action(actions.demo)

  program
    .command('rebuild')
    .description(
      'rebuild read models from the log, with a progress bar (refused while a server has the store open)',
    )
    .addArgument(
      new Argument('[read-model]', 'the read model to rebuild (all when omitted)').choices(
        wenmingReadModelNames,
      ),
    )
    .addOption(fieldOption(storeField))
    .addOption(fieldOption(serveFields.readModels))
    .action(actions.rebuild)

  program
    .command('report')
    .description('the work report of a year, month or day, computed from the log alone')
    .addOption(fieldOption(storeField))
    .addOption(
      new Option('--year <yyyy>', 'the year to report').argParser(yearOption).conflicts('period'),
    )
    .addOption(
      new Option(
        '--period <period>',
        'a year (2022), a month (2022-03) or a day (2022-03-08)',
      ).argParser(periodOption),
    )
    .addOption(
      new Option('--format <format>', 'output format (xlsx needs --out)')
        .choices(['text', 'md', 'json', 'csv', 'xlsx'])
        .default('text'),
    )
    .option('--out <file>', 'write the report to a file instead of stdout')
    .addOption(
      new Option(
        '--district <site-id>',
        "one district's report: its centre's site id (all when omitted)",
      ).conflicts(['institute', 'station', 'cluster']),
    )
    .addOption(
      new Option(
        '--institute <site-id>',
        "an institute's report: its figures with its stations and service points",
      ).conflicts(['station', 'cluster']),
    )
    .addOption(
      new Option(
        '--station <site-id>',
        "a station's report: its figures with its service points",
      ).conflicts(['cluster']),
    )
    .addOption(
      new Option(
        '--cluster <cluster-id>',
        "a cluster's report (五联共建): its member sites, pooled teams and joint activities",
      ),
    )
    .action(actions.report)

  program
    .command('migrate')
    .description("create or upgrade the store's schema (refuses a newer one untouched)")
    .addOption(fieldOption(storeField))
    .addOption(createOption())
    .action(actions.migrate)

  program
    .command('events')
    .description('read the event log')
    .command('tail')
    .description('print events in global order, one JSON object per line')
    .addOption(fieldOption(storeField))
    .addOption(
      new Option('--from <position>', 'first global position')
        .default(1)
        .argParser(integerOption(1)),
    )
    .addOption(new Option('--limit <n>', 'stop after n events').argParser(integerOption(0)))
    .option('--type <types>', 'only events of these types (comma-separated, repeatable)', collect)
    .option('--stream <name>', 'only the events of this stream')
    .option('-f, --follow', 'keep polling for new events')
    .action(actions.eventsTail)

  program
    .command('backup')
    .description(
      'copy a live SQLite store consistently (online backup), verify the copy, print its size and last position',
    )
    .addOption(fieldOption(storeField))
    .requiredOption('--out <file>', 'the backup file to write (must not exist)')
    .action(actions.backup)

  program
    .command('verify')
    .description(
      'check a backup or store file (integrity, schema) and print its size and last position',
    )
    .argument('<file>', 'the file to check')
    .action(actions.verify)

  program
    .command('restore')
    .description(
      'put a verified backup in place as a SQLite store (refused while the store is open)',
    )
    .addOption(fieldOption(storeField))
    .requiredOption('--from <file>', 'the backup file to restore')
    .option('--force', 'replace a store that exists')
    .action(actions.restore)

  return program
}
