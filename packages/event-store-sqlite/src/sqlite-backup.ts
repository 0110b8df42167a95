import BetterSqlite3 from 'better-sqlite3'
import type { BackupOptions } from 'better-sqlite3'
import { databaseOf } from './sqlite-database-of.js'
import { KEYS_SCHEMA } from './sqlite-key-store.js'
import type { SqliteEventStore } from './sqlite-event-store.js'

/**
 * Empties what a copy of the file need not keep and could hold in clear: read models (rebuilt from
 * the log on restore: their checkpoints go too) and idempotency keys (stored responses, a 24 h
 * window); then VACUUM, so no freed page keeps their text.
 */
const keepOnlyTheLog = (path: string): void => {
  const copy = new BetterSqlite3(path)
  try {
    const tables = copy
      .prepare<[], string>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'rm\\_%' ESCAPE '\\' OR name LIKE 'rmnext\\_%' ESCAPE '\\')",
      )
      .pluck()
      .all()
    for (const table of tables) copy.exec(`DROP TABLE "${table.replaceAll('"', '""')}"`)
    for (const table of ['projection_checkpoints', 'projection_read_models', 'idempotency_keys']) {
      const exists = copy
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
        .get(table)
      if (exists !== undefined) copy.exec(`DELETE FROM ${table}`)
    }
    copy.exec('VACUUM')
  } finally {
    copy.close()
  }
}

/**
 * A consistent copy of a live store's log (SQLite's online backup, page by page), never the data
 * keys, which live in their own file: a backup restored without a copy of the key file reads with
 * every personal field erased. The copy keeps the events only: read models rebuild from them on
 * restore, and idempotency keys (stored responses) are left out, as both may hold personal values
 * in clear.
 *
 * @example
 * await backupSqliteStore(store, 'backups/wenming-2026-12-04.db')
 */
export const backupSqliteStore = async (
  store: SqliteEventStore,
  destination: string,
): Promise<void> => {
  await databaseOf(store).backup(destination)
  keepOnlyTheLog(destination)
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
