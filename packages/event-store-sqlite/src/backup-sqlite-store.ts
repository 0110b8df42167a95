import { stat } from 'node:fs/promises'
import BetterSqlite3 from 'better-sqlite3'
import { APPLICATION_ID, SCHEMA_VERSION } from './schema.js'
import { SqliteStoreCorruptError } from './sqlite-store-errors.js'
import { toSqliteStoreError } from './to-sqlite-store-error.js'

// A step size above any store's page count (better-sqlite3 takes a 32-bit integer).
const ALL_PAGES = 1_000_000_000

/** What a verified store file holds: its size, its events and the last global position. */
export type SqliteStoreFileSummary = {
  path: string
  bytes: number
  events: number
  lastPosition: number
}

/**
 * Checks that a file is a whole Wenming event store (application id, schema version, SQLite's
 * integrity check) and summarises it; throws a {@link SqliteStoreCorruptError} when it is not.
 */
export const verifySqliteStoreFile = async (path: string): Promise<SqliteStoreFileSummary> => {
  let database: BetterSqlite3.Database | undefined
  try {
    database = new BetterSqlite3(path, { readonly: true, fileMustExist: true })
    const applicationId = database.pragma('application_id', { simple: true }) as number
    const version = database.pragma('user_version', { simple: true }) as number
    if (applicationId !== APPLICATION_ID || version !== SCHEMA_VERSION)
      throw new SqliteStoreCorruptError(
        `The file '${path}' is not a Wenming event store of schema ${SCHEMA_VERSION} (application id ${applicationId}, schema ${version})`,
      )
    const integrity = database.pragma('integrity_check', { simple: true }) as string
    if (integrity !== 'ok')
      throw new SqliteStoreCorruptError(
        `The event store '${path}' failed SQLite's integrity check: ${integrity}`,
      )
    const { events, lastPosition } = database
      .prepare('SELECT count(*) AS events, coalesce(max(position), 0) AS lastPosition FROM events')
      .get() as { events: number; lastPosition: number }
    return { path, bytes: (await stat(path)).size, events, lastPosition }
  } catch (error) {
    throw toSqliteStoreError(error, path)
  } finally {
    database?.close()
  }
}

/**
 * Copies a live store file to `destination` with SQLite's online backup API (a consistent copy,
 * while other connections keep appending), then verifies the copy and summarises it.
 *
 * @example
 * const { bytes, lastPosition } = await backupSqliteStore('./data/wenming.db', './wenming.bak')
 */
export const backupSqliteStore = async (
  path: string,
  destination: string,
): Promise<SqliteStoreFileSummary> => {
  let source: BetterSqlite3.Database | undefined
  try {
    // A read-write connection: a read-only one may miss a WAL it cannot index.
    source = new BetterSqlite3(path, { fileMustExist: true })
    // The first step copies 100 pages; the rest then goes in one step, one read transaction, so
    // writers on other connections cannot make the backup restart again and again.
    await source.backup(destination, { progress: () => ALL_PAGES })
  } catch (error) {
    throw toSqliteStoreError(error, path)
  } finally {
    source?.close()
  }
  return verifySqliteStoreFile(destination)
}
