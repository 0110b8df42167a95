import { describe, expect, it } from 'vitest'
import { serveConfig, storeConfig } from './config.js'

describe('serveConfig', () => {
  it('gives the defaults with neither flags nor environment', () => {
    expect(serveConfig({}, {})).toEqual({
      store: { kind: 'sqlite', path: './data/wenming.db' },
      readModels: { kind: 'store' },
      create: false,
      port: 8080,
      host: '127.0.0.1',
      tokens: undefined,
      dev: false,
      seedDemo: false,
      logLevel: 'info',
      corsOrigins: [],
      rateLimits: {
        failedAuthentications: { max: 20, windowMs: 60_000 },
        writesPerPrincipal: false,
      },
      metricsAccess: 'loopback',
      shutdownTimeoutMs: 10_000,
      recoveryIntervalSeconds: 60,
      recoveryBoundSeconds: 300,
      volunteerIdKey: undefined,
    })
  })

  it('takes every option from the environment', () => {
    const config = serveConfig(
      {},
      {
        WENMING_STORE: 'memory',
        WENMING_READ_MODELS: 'sqlite:./rm.db',
        WENMING_CREATE: 'true',
        PORT: '9000',
        HOST: '0.0.0.0',
        WENMING_TOKENS: 'tokens.json',
        WENMING_DEV: '1',
        WENMING_SEED_DEMO: 'yes',
        LOG_LEVEL: 'warn',
        WENMING_CORS_ORIGINS: 'https://a.example.org, http://localhost:5173',
        WENMING_WRITES_PER_MINUTE: '600',
        WENMING_FAILED_LOGINS_PER_MINUTE: '0',
        WENMING_METRICS_ACCESS: 'open',
        WENMING_SHUTDOWN_TIMEOUT: '3',
        WENMING_RECOVERY_INTERVAL: '0',
        WENMING_RECOVERY_BOUND: '30',
        WENMING_VOLUNTEER_ID_KEY: 'a-key-of-sixteen-or-more',
      },
    )
    expect(config).toEqual({
      store: { kind: 'memory' },
      readModels: { kind: 'sqlite', path: './rm.db' },
      create: true,
      port: 9000,
      host: '0.0.0.0',
      tokens: 'tokens.json',
      dev: true,
      seedDemo: true,
      logLevel: 'warn',
      corsOrigins: ['https://a.example.org', 'http://localhost:5173'],
      rateLimits: {
        failedAuthentications: false,
        writesPerPrincipal: { max: 600, windowMs: 60_000 },
      },
      metricsAccess: 'open',
      shutdownTimeoutMs: 3000,
      recoveryIntervalSeconds: 0,
      recoveryBoundSeconds: 30,
      volunteerIdKey: 'a-key-of-sixteen-or-more',
    })
  })

  it('lets a flag beat its variable, and reads an empty variable as unset', () => {
    const config = serveConfig(
      { port: '7000', store: 'memory', dev: true },
      { PORT: '9000', WENMING_STORE: 'sqlite:./x.db', WENMING_DEV: 'false', HOST: '' },
    )
    expect(config).toMatchObject({ port: 7000, store: { kind: 'memory' }, dev: true })
    expect(config.host).toBe('127.0.0.1')
  })

  it('names the variable a wrong value came from, in one line', () => {
    expect(() => serveConfig({}, { PORT: 'eighty' })).toThrow(
      /^PORT=eighty is invalid: must be a whole number$/,
    )
    expect(() => serveConfig({}, { PORT: '70000' })).toThrow(
      /^PORT=70000 is invalid: must be at most 65535$/,
    )
    expect(() => serveConfig({}, { LOG_LEVEL: 'loud' })).toThrow(
      /^LOG_LEVEL=loud is invalid: must be fatal/,
    )
    expect(() => serveConfig({}, { WENMING_STORE: 'mysql://x' })).toThrow(
      /^WENMING_STORE=mysql:\/\/x is invalid: use memory, sqlite:<path>/,
    )
    expect(() => serveConfig({}, { WENMING_CORS_ORIGINS: 'https://a.org/path' })).toThrow(
      /^WENMING_CORS_ORIGINS=https:\/\/a.org\/path is invalid: 'https:\/\/a.org\/path' is not an origin/,
    )
    expect(() => serveConfig({}, { WENMING_WRITES_PER_MINUTE: '0' })).toThrow(
      /^WENMING_WRITES_PER_MINUTE=0 is invalid: must be at least 1$/,
    )
    expect(() => serveConfig({}, { WENMING_SHUTDOWN_TIMEOUT: '-1' })).toThrow(
      /^WENMING_SHUTDOWN_TIMEOUT=-1 is invalid/,
    )
    expect(() => serveConfig({}, { WENMING_DEV: 'maybe' })).toThrow(
      /^WENMING_DEV=maybe is invalid: must be true or false$/,
    )
    expect(() => serveConfig({}, { WENMING_READ_MODELS: 'mongo' })).toThrow(
      /^WENMING_READ_MODELS=mongo is invalid: use memory or sqlite:<path>$/,
    )
  })

  it('names the flag a wrong value came from, and never repeats a secret', () => {
    expect(() => serveConfig({ port: 'x' }, { PORT: '1' })).toThrow(
      /^--port 'x' is invalid: must be a whole number$/,
    )
    expect(() => serveConfig({}, { WENMING_VOLUNTEER_ID_KEY: 'short-secret' })).toThrow(
      /^WENMING_VOLUNTEER_ID_KEY is invalid: must be at least 16 characters$/,
    )
  })
})

describe('storeConfig', () => {
  it('takes --store, else WENMING_STORE, else the default SQLite file', () => {
    expect(storeConfig({ store: 'memory' }, { WENMING_STORE: 'sqlite:./a.db' })).toEqual({
      kind: 'memory',
    })
    expect(storeConfig({}, { WENMING_STORE: 'sqlite:./a.db' })).toEqual({
      kind: 'sqlite',
      path: './a.db',
    })
    expect(storeConfig({}, {})).toEqual({ kind: 'sqlite', path: './data/wenming.db' })
    expect(() => storeConfig({ store: 'sqlite:' }, {})).toThrow(
      /^--store 'sqlite:' is invalid: .*needs a path/,
    )
  })
})
