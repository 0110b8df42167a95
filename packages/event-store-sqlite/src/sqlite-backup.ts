import type { BackupOptions } from 'better-sqlite3'
import { databaseOf } from './sqlite-database-of.js'
import { KEYS_SCHEMA } from './sqlite-key-store.js'
import type { SqliteEventStore } from './sqlite-event-store.js'

/**
 * A consistent copy of a live store's file (SQLite's online backup, page by page): the log, its
 * read models and idempotency keys, never the data keys, which live in their own file. A backup
 * restored without a copy of the key file reads with every personal field erased.
 *
 * @example
 * await backupSqliteStore(store, 'backups/wenming-2026-12-04.db')
 */
export const backupSqliteStore = async (
  store: SqliteEventStore,
  destination: string,
): Promise<void> => {
  await databaseOf(store).backup(destination)
}

/**
 * A consistent copy of a store's key file, for its own backup rule: a key erased after the copy
 * was taken lives on in it, so key backups must expire sooner than the erasure deadline.
 */
export const backupSqliteKeys = async (
  store: SqliteEventStore,
  destination: string,
): Promise<void> => {
  if (store.keysPath === undefined) {
    throw new TypeError(`The store '${store.path}' keeps no data keys (no personal-data policy)`)
  }
  // better-sqlite3 backs up an attached database by name; its types omit the option.
  const options = { attached: KEYS_SCHEMA } as unknown as BackupOptions
  await databaseOf(store).backup(destination, options)
}
