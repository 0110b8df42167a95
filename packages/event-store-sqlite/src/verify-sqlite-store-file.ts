import { stat } from 'node:fs/promises'
import BetterSqlite3 from 'better-sqlite3'
import { APPLICATION_ID, SCHEMA_VERSION } from './schema.js'
import type { SqliteStoreFileSummary } from './sqlite-store-file-summary.js'
import { SqliteStoreCorruptError } from './sqlite-store-errors.js'
import { toSqliteStoreError } from './to-sqlite-store-error.js'

/**
 * Checks that a file is a whole Wenming event store of this schema (application id, schema
 * version, SQLite's integrity check) and summarises it; throws a {@link SqliteStoreCorruptError}
 * when it is not, a typed store error when it cannot be read.
 *
 * @example
 * const { events, lastPosition } = await verifySqliteStoreFile('./wenming.bak')
 */
export const verifySqliteStoreFile = async (path: string): Promise<SqliteStoreFileSummary> => {
  let database: BetterSqlite3.Database | undefined
  try {
    database = new BetterSqlite3(path, { readonly: true, fileMustExist: true })
    const applicationId = database.pragma('application_id', { simple: true }) as number
    const version = database.pragma('user_version', { simple: true }) as number
    if (applicationId !== APPLICATION_ID || version !== SCHEMA_VERSION)
      throw new SqliteStoreCorruptError(
        `The file '${path}' is not a Wenming event store of schema ${SCHEMA_VERSION} ` +
          `(application id ${applicationId}, schema ${version})`,
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
