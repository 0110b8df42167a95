import { existsSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import type { BackupOptions } from 'better-sqlite3'
import { SqliteStoreError } from './sqlite-store-errors.js'
import { toSqliteStoreError } from './to-sqlite-store-error.js'
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

/**
 * The same copy by file, for a store another process has open (`wenming backup`): the key file at
 * `keysPath` (a store's `<path>.keys`) copied to `destination` (which must not exist) with SQLite's
 * online backup API.
 */
export const backupSqliteKeyFile = async (keysPath: string, destination: string): Promise<void> => {
  if (existsSync(destination))
    throw new SqliteStoreError(`Cannot back up the keys to '${destination}': the file exists`)
  let keys: BetterSqlite3.Database | undefined
  try {
    keys = new BetterSqlite3(keysPath, { fileMustExist: true })
    await keys.backup(destination)
  } catch (error) {
    throw toSqliteStoreError(error, keysPath)
  } finally {
    keys?.close()
  }
}
