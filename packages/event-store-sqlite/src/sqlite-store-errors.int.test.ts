import { readFileSync, writeFileSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { databaseOf } from './sqlite-database-of.js'
import { SCHEMA_VERSION } from './schema.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import {
  isSqliteSchemaTooNewError,
  isSqliteStoreCorruptError,
  isSqliteStoreError,
  isSqliteStoreFullError,
  isSqliteStoreLockedError,
  isSqliteStoreReadOnlyError,
  SqliteStoreFullError,
} from './sqlite-store-errors.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()
const failure = (run: () => unknown): unknown => {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}
const count = (path: string): number => {
  const database = new BetterSqlite3(path, { readonly: true })
  const n = database.prepare('SELECT COUNT(*) FROM events').pluck().get() as number
  database.close()
  return n
}

describe('SQLite store errors', () => {
  it('fails an append with a locked error while another connection holds the write lock, then recovers', async () => {
    const path = file('locked.db')
    const store = createSqliteEventStore({ path, busyTimeoutMs: 20 })
    const other = new BetterSqlite3(path)
    other.exec('BEGIN IMMEDIATE')
    const error: unknown = await store
      .appendToStream('s', [{ type: 'A', data: {} }])
      .catch((e: unknown) => e)
    expect(isSqliteStoreLockedError(error)).toBe(true)
    expect(isSqliteStoreError(error)).toBe(true)
    expect((error as Error).cause).toBeDefined()
    other.exec('ROLLBACK')
    other.close()
    await expect(store.appendToStream('s', [{ type: 'A', data: {} }])).resolves.toEqual({
      nextExpectedRevision: 0,
      position: 1,
    })
    await store.close()
  })

  it('refuses to open a file another process holds exclusively, with a locked error', () => {
    const path = file('exclusive.db')
    const other = new BetterSqlite3(path)
    other.pragma('locking_mode = EXCLUSIVE')
    other.exec('CREATE TABLE held (x); INSERT INTO held VALUES (1)')
    const error = failure(() => createSqliteEventStore({ path, busyTimeoutMs: 20 }))
    expect(isSqliteStoreLockedError(error)).toBe(true)
    other.close()
    expect(() => databaseOf(createSqliteEventStore({ path })).close()).not.toThrow()
  })

  it('fails writes to a read-only database with a read-only error, writing nothing', async () => {
    const store = createSqliteEventStore({ path: file('read-only.db') })
    await store.appendToStream('s', [{ type: 'A', data: {} }])
    databaseOf(store).pragma('query_only = ON')
    const error: unknown = await store
      .appendToStream('s', [{ type: 'B', data: {} }])
      .catch((e: unknown) => e)
    expect(isSqliteStoreReadOnlyError(error)).toBe(true)
    databaseOf(store).pragma('query_only = OFF')
    await expect(store.appendToStream('s', [{ type: 'C', data: {} }])).resolves.toMatchObject({
      nextExpectedRevision: 1,
    })
    await store.close()
  })

  it('refuses a file that is not a SQLite database with a corrupt error, leaving it as it was', () => {
    const path = file('garbage.db')
    const garbage = Buffer.alloc(8192, 0x5a)
    writeFileSync(path, garbage)
    const error = failure(() => createSqliteEventStore({ path }))
    expect(isSqliteStoreCorruptError(error)).toBe(true)
    expect(readFileSync(path).equals(garbage)).toBe(true)
  })

  it('reports damaged pages as a corrupt error when reading', async () => {
    const path = file('damaged.db')
    const store = createSqliteEventStore({ path })
    await store.appendToStream(
      's',
      Array.from({ length: 400 }, (_, i) => ({ type: 'A', data: { i } })),
    )
    databaseOf(store).pragma('wal_checkpoint(TRUNCATE)')
    await store.close()
    const bytes = readFileSync(path)
    const pageSize = bytes.readUInt16BE(16)
    // Overwrite every page after the schema page with noise.
    bytes.fill(0xa5, pageSize)
    writeFileSync(path, bytes)
    const reopened = createSqliteEventStore({ path })
    const read = async () => {
      for await (const _event of reopened.readAll()) void _event
    }
    const error: unknown = await read().catch((e: unknown) => e)
    expect(isSqliteStoreCorruptError(error)).toBe(true)
    await reopened.close()
  })

  it('fails a write that finds no space with a full error, keeps nothing of it, and stays usable', async () => {
    const path = file('full.db')
    const store = createSqliteEventStore({ path })
    await store.appendToStream('small', [{ type: 'A', data: {} }])
    const pages = databaseOf(store).pragma('page_count', { simple: true }) as number
    databaseOf(store).pragma(`max_page_count = ${pages}`)
    const big = Array.from({ length: 50 }, (_, i) => ({
      type: 'B',
      data: { blob: 'x'.repeat(2000), i },
    }))
    const outcomes = await Promise.allSettled([
      store.appendToStream('big', big),
      store.appendToStream('small', [{ type: 'A2', data: {} }]),
    ])
    const error: unknown = outcomes[0].status === 'rejected' ? outcomes[0].reason : undefined
    expect(isSqliteStoreFullError(error)).toBe(true)
    expect(error).toBeInstanceOf(SqliteStoreFullError)
    expect(outcomes[1].status).toBe('fulfilled')
    databaseOf(store).pragma('max_page_count = 1073741823')
    await store.appendToStream('after', [{ type: 'C', data: {} }])
    await store.close()
    expect(count(path)).toBe(3)
  })

  it('refuses a file written by a newer schema version, leaving it untouched', async () => {
    const path = file('newer.db')
    const store = createSqliteEventStore({ path })
    await store.appendToStream('s', [{ type: 'A', data: {} }])
    databaseOf(store).pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    await store.close()
    const before = readFileSync(path)
    const error = failure(() => createSqliteEventStore({ path }))
    expect(isSqliteSchemaTooNewError(error)).toBe(true)
    expect((error as Error).message).toMatch(
      new RegExp(`schema version ${SCHEMA_VERSION + 1}.*supports up to ${SCHEMA_VERSION}`),
    )
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('refuses a SQLite file of another application', () => {
    const path = file('foreign.db')
    const other = new BetterSqlite3(path)
    other.pragma('user_version = 1')
    other.close()
    expect(isSqliteStoreCorruptError(failure(() => createSqliteEventStore({ path })))).toBe(true)
  })

  it('creates the schema once and reopens without migrating again', async () => {
    const path = file('schema.db')
    const store = createSqliteEventStore({ path })
    expect(databaseOf(store).pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    await store.close()
    const again = createSqliteEventStore({ path })
    expect(databaseOf(again).pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    await again.close()
  })
})
