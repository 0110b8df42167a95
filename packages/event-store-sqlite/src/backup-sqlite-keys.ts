import type { BackupOptions } from 'better-sqlite3'
import { databaseOf } from './sqlite-database-of.js'
import { KEYS_SCHEMA } from './sqlite-key-store.js'
import type { SqliteEventStore } from './sqlite-event-store.js'

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
