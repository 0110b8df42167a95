import type { Database } from 'better-sqlite3'
import { APPLICATION_ID, SCHEMA_VERSION } from './schema.js'
import { SqliteSchemaTooNewError, SqliteStoreCorruptError } from './sqlite-store-errors.js'

/**
 * Throws, before anything is written (not even the journal mode), when the file is not this
 * store's: a newer schema, another application's id, or tables without a schema version (a SQLite
 * file of another application). An empty file is a new store.
 */
export const refuseForeignFile = (database: Database, path: string): void => {
  const version = database.pragma('user_version', { simple: true }) as number
  const applicationId = database.pragma('application_id', { simple: true }) as number
  if (version > SCHEMA_VERSION) throw new SqliteSchemaTooNewError(path, version, SCHEMA_VERSION)
  if (version > 0 && applicationId !== APPLICATION_ID) {
    throw new SqliteStoreCorruptError(
      `The database '${path}' is not a Wenming event store (application_id ${applicationId})`,
    )
  }
  if (version === 0) {
    const objects = database.prepare('SELECT COUNT(*) FROM sqlite_master').pluck().get() as number
    if (objects > 0 || applicationId !== 0) {
      throw new SqliteStoreCorruptError(
        `The database '${path}' is not a Wenming event store: it has ${objects} tables or ` +
          `indexes of another application and no schema version; it was left untouched`,
      )
    }
  }
}
