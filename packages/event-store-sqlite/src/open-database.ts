import BetterSqlite3, { type Database } from 'better-sqlite3'
import { migrateSchema } from './migrate-schema.js'
import { refuseForeignFile } from './refuse-foreign-file.js'
import { toSqliteStoreError } from './to-sqlite-store-error.js'

/** How hard a commit tries to survive: `full` fsyncs each commit, `normal` survives process crashes. */
export type SqliteDurability = 'full' | 'normal'

export type OpenDatabaseOptions = {
  path: string
  durability: SqliteDurability
  /** How long opening (and migrating) waits for a lock; the loop has nothing else to do yet. */
  busyTimeoutMs: number
}

/**
 * The busy timeout once open: SQLite's busy handler sleeps on the thread, so a statement waits at
 * most this long for a lock and a write that needs longer is retried on a timer (commit-appends).
 */
export const RUNNING_BUSY_TIMEOUT_MS = 5

/**
 * Opens (or creates) the database file in WAL mode with the chosen durability and migrates its
 * schema, refusing a file that is not a store's untouched; any failure closes the file again and is
 * thrown as a typed store error.
 */
export const openDatabase = ({
  path,
  durability,
  busyTimeoutMs,
}: OpenDatabaseOptions): Database => {
  let database: Database | undefined
  try {
    database = new BetterSqlite3(path, { timeout: busyTimeoutMs })
    refuseForeignFile(database, path)
    database.pragma('journal_mode = WAL')
    database.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`)
    // 8 MiB of page cache (negative: KiB), four times SQLite's default: a larger cache bought
    // little speed for much memory (measured: tools/bench/README.md, "SQLite page cache").
    database.pragma('cache_size = -8192')
    migrateSchema(database, path)
    database.pragma(`busy_timeout = ${RUNNING_BUSY_TIMEOUT_MS}`)
    return database
  } catch (error) {
    if (database?.open === true) database.close()
    throw toSqliteStoreError(error, path)
  }
}
