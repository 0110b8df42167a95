import type { Database } from 'better-sqlite3'
import type { ReadModelStore } from '@wenming/event-store'
import { openDatabase } from './open-database.js'
import { createSqliteCommitGroup } from './sqlite-commit-group.js'
import { createSqliteProjectionStorage } from './sqlite-projection-storage.js'
import { createSqliteReadModelStorage } from './sqlite-read-model-storage.js'

/** Read models on an open connection: row tables and whole-model folds, each with its checkpoint. */
export const readModelStoreOn = (
  database: Database,
  description: string,
  close: () => Promise<void>,
): ReadModelStore => {
  // Every row read model on the connection commits a pass's batch in one transaction.
  const group = createSqliteCommitGroup(database)
  return {
    description,
    storageFor: (projection) => createSqliteReadModelStorage(database, projection, group),
    foldStorageFor: (projection) => createSqliteProjectionStorage(database, projection.name),
    close,
  }
}

export type SqliteReadModelStoreOptions = {
  /** The file of read models (created if missing). */
  path: string
}

/**
 * Read models in a SQLite file of their own, for a log that lives elsewhere (EventStoreDB): rows
 * and checkpoint committed together in one transaction; `close` closes the file.
 *
 * @example
 * const readSide = readSideFrom(
 *   eventStoreDbEventSource(store),
 *   sqliteReadModelStore({ path: './data/read-models.db' }),
 * )
 */
export const sqliteReadModelStore = (options: SqliteReadModelStoreOptions): ReadModelStore => {
  // Read models are rebuilt from the log: a power loss may take back their last commits.
  const database = openDatabase({ path: options.path, durability: 'normal', busyTimeoutMs: 5000 })
  return readModelStoreOn(database, `sqlite:${options.path}`, () => {
    if (database.open) database.close()
    return Promise.resolve()
  })
}
