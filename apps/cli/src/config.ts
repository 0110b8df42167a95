import type { RateLimits } from '@wenming/api'
import { z } from 'zod'
import type { ConfigField } from './config-field.js'
import { resolveConfig, type ConfigFlags } from './resolve-config.js'
import {
  DEFAULT_STORE,
  parseReadModelSpec,
  parseStoreSpec,
  type ReadModelSpec,
  type StoreSpec,
} from './store-spec.js'

const field = (
  flag: string,
  value: string | undefined,
  env: string,
  description: string,
  secret = false,
): ConfigField => ({ flag, value, env, description, ...(secret ? { secret } : {}) })

/** The `--store` of every command, also `WENMING_STORE`. */
export const storeField = field(
  '--store',
  '<spec>',
  'WENMING_STORE',
  `memory | sqlite:<path> | postgres://user@host:5432/db | esdb://host:port (default ${DEFAULT_STORE})`,
)

/** Every option of `wenming serve`, each with its flag and its environment variable. */
export const serveFields = {
  store: storeField,
  readModels: field(
    '--read-models',
    '<spec>',
    'WENMING_READ_MODELS',
    "memory | sqlite:<path>: where the read models live (default: the store's own file or database; sqlite:./data/read-models.db for esdb://; memory for --store memory)",
  ),
  create: field(
    '--create',
    undefined,
    'WENMING_CREATE',
    'make a new SQLite store when the path does not exist',
  ),
  port: field('--port', '<n>', 'PORT', 'port to listen on; 0 picks a free one (default 8080)'),
  host: field('--host', '<addr>', 'HOST', 'address to listen on (default 127.0.0.1)'),
  tokens: field(
    '--tokens',
    '<file>',
    'WENMING_TOKENS',
    'bearer-token file (entries written by `wenming token`)',
  ),
  dev: field(
    '--dev',
    undefined,
    'WENMING_DEV',
    'generate one token per role and print them; pretty logs',
  ),
  seedDemo: field(
    '--seed-demo',
    undefined,
    'WENMING_SEED_DEMO',
    'seed an empty store with the demo district year 2022 (creates it)',
  ),
  logLevel: field(
    '--log-level',
    '<level>',
    'LOG_LEVEL',
    'fatal | error | warn | info | debug | trace | silent (default info)',
  ),
  corsOrigins: field(
    '--cors-origins',
    '<origins>',
    'WENMING_CORS_ORIGINS',
    'comma-separated origins a browser may call the API from, such as https://console.example.org (default: none, CORS off)',
  ),
  writesPerMinute: field(
    '--writes-per-minute',
    '<n>',
    'WENMING_WRITES_PER_MINUTE',
    'commands each principal may send a minute (default: no limit)',
  ),
  failedLoginsPerMinute: field(
    '--failed-logins-per-minute',
    '<n>',
    'WENMING_FAILED_LOGINS_PER_MINUTE',
    'failed authentications a client IP may make a minute; 0 turns the limit off (default 20)',
  ),
  metricsAccess: field(
    '--metrics-access',
    '<who>',
    'WENMING_METRICS_ACCESS',
    'who may scrape /metrics: loopback | open (default loopback)',
  ),
  shutdownTimeout: field(
    '--shutdown-timeout',
    '<s>',
    'WENMING_SHUTDOWN_TIMEOUT',
    'seconds requests in flight get to finish on SIGTERM or SIGINT before they are cut (default 10)',
  ),
  recoveryInterval: field(
    '--recovery-interval',
    '<s>',
    'WENMING_RECOVERY_INTERVAL',
    "seconds between passes that finish or undo the holds a crash left between a process's two steps; 0 turns recovery off (default 60)",
  ),
  recoveryBound: field(
    '--recovery-bound',
    '<s>',
    'WENMING_RECOVERY_BOUND',
    'how old such a hold must be before a pass acts, in seconds (default 300)',
  ),
  volunteerIdKey: field(
    '--volunteer-id-key',
    '<key>',
    'WENMING_VOLUNTEER_ID_KEY',
    "key of the volunteers' ID claims (V1); prefer the variable, a flag shows in ps (default with --dev or --seed-demo: the demo's)",
    true,
  ),
} as const satisfies Record<string, ConfigField>

const storeSpec = z.string().transform((text, context): StoreSpec => {
  try {
    return parseStoreSpec(text)
  } catch (error) {
    context.addIssue({
      code: 'custom',
      message: (error as Error).message.replace(/^Unknown --store '[^']*': /, ''),
    })
    return z.NEVER
  }
})

const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))

const switchValue = z
  .union([z.literal(true), z.enum(['true', 'false', '1', '0', 'yes', 'no'])], {
    error: 'must be true or false',
  })
  .transform((value) => value === true || value === 'true' || value === '1' || value === 'yes')

const origin = z.string().refine(
  (text) => {
    try {
      return new URL(text).origin === text
    } catch {
      return false
    }
  },
  {
    error: (issue) =>
      `'${String(issue.input)}' is not an origin such as https://console.example.org`,
  },
)

const originList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  )
  .pipe(z.array(origin))

const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
  error: 'must be fatal, error, warn, info, debug, trace or silent',
})

/** The configuration of `wenming serve`, from its flags and the environment (see {@link serveFields}). */
const serveConfigSchema = z
  .object({
    store: storeSpec.prefault(DEFAULT_STORE),
    readModels: z.string().optional(),
    create: switchValue.default(false),
    port: wholeNumber(0, 65_535).default(8080),
    host: z.string().min(1).default('127.0.0.1'),
    tokens: z.string().min(1).optional(),
    dev: switchValue.default(false),
    seedDemo: switchValue.default(false),
    logLevel: logLevel.default('info'),
    corsOrigins: originList.optional(),
    writesPerMinute: wholeNumber(1).optional(),
    failedLoginsPerMinute: wholeNumber(0).default(20),
    metricsAccess: z
      .enum(['loopback', 'open'], { error: 'must be loopback or open' })
      .default('loopback'),
    shutdownTimeout: wholeNumber(0).default(10),
    recoveryInterval: wholeNumber(0).default(60),
    recoveryBound: wholeNumber(0).default(300),
    volunteerIdKey: z.string().min(16, 'must be at least 16 characters').optional(),
  })
  .transform((config, context) => {
    let readModels: ReadModelSpec
    try {
      readModels = parseReadModelSpec(config.readModels, config.store)
    } catch (error) {
      context.addIssue({
        code: 'custom',
        path: ['readModels'],
        message: (error as Error).message.replace(/^Unknown --read-models '[^']*': /, ''),
      })
      return z.NEVER
    }
    const rateLimits: RateLimits = {
      failedAuthentications:
        config.failedLoginsPerMinute === 0
          ? false
          : { max: config.failedLoginsPerMinute, windowMs: 60_000 },
      writesPerPrincipal:
        config.writesPerMinute === undefined
          ? false
          : { max: config.writesPerMinute, windowMs: 60_000 },
    }
    return {
      store: config.store,
      readModels,
      create: config.create,
      port: config.port,
      host: config.host,
      tokens: config.tokens,
      dev: config.dev,
      seedDemo: config.seedDemo,
      logLevel: config.logLevel,
      corsOrigins: config.corsOrigins ?? [],
      rateLimits,
      metricsAccess: config.metricsAccess,
      shutdownTimeoutMs: config.shutdownTimeout * 1000,
      recoveryIntervalSeconds: config.recoveryInterval,
      recoveryBoundSeconds: config.recoveryBound,
      volunteerIdKey: config.volunteerIdKey,
    }
  })

/** What `wenming serve` runs with. */
export type ServeConfig = z.output<typeof serveConfigSchema>

/**
 * The configuration of `wenming serve` from its flags and the environment: each option from its
 * flag, else its variable (`PORT`, `WENMING_STORE`, ...; see {@link serveFields}), else its
 * default. A wrong value is a one-line usage error naming the flag or variable it came from.
 *
 * @example
 * const config = serveConfig({ port: '9000' }, { WENMING_STORE: 'memory', LOG_LEVEL: 'warn' })
 */
export const serveConfig = (flags: ConfigFlags, env: NodeJS.ProcessEnv): ServeConfig =>
  resolveConfig(serveConfigSchema, serveFields, flags, env)

const storeConfigSchema = z.object({ store: storeSpec.prefault(DEFAULT_STORE) })

/** The store of any command: `--store`, else `WENMING_STORE`, else the default SQLite file. */
export const storeConfig = (flags: ConfigFlags, env: NodeJS.ProcessEnv): StoreSpec =>
  resolveConfig(storeConfigSchema, { store: storeField }, flags, env).store
