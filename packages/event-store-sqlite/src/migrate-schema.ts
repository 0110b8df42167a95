import type { Database } from 'better-sqlite3'
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './schema.js'
import { SqliteSchemaTooNewError, SqliteStoreCorruptError } from './sqlite-store-errors.js'

/**
 * Brings the database to {@link SCHEMA_VERSION} in one transaction: creates the schema in a new
 * file, runs the missing migrations in an older one, and refuses a newer or foreign file unchanged.
 */
export const migrateSchema = (database: Database, path: string): void => {
  database
    .transaction(() => {
      const version = database.pragma('user_version', { simple: true }) as number
      const applicationId = database.pragma('application_id', { simple: true }) as number
      if (version > SCHEMA_VERSION) {
        throw new SqliteSchemaTooNewError(path, version, SCHEMA_VERSION)
      }
      if (version > 0 && applicationId !== APPLICATION_ID) {
        throw new SqliteStoreCorruptError(
          `The database '${path}' is not a Wenming event store (application_id ${applicationId})`,
        )
      }
      if (version === SCHEMA_VERSION) return
      for (let next = version; next < SCHEMA_VERSION; next++) MIGRATIONS[next]?.(database)
      database.pragma(`application_id = ${APPLICATION_ID}`)
      database.pragma(`user_version = ${SCHEMA_VERSION}`)
    })
    .immediate()
}
