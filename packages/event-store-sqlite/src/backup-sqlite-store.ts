import { existsSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import type { SqliteStoreFileSummary } from './sqlite-store-file-summary.js'
import { SqliteStoreCorruptError, SqliteStoreError } from './sqlite-store-errors.js'
import { toSqliteStoreError } from './to-sqlite-store-error.js'
import { keepOnlyTheLog } from './keep-only-the-log.js'
import { verifySqliteStoreFile } from './verify-sqlite-store-file.js'

// A step size above any store's page count (better-sqlite3 takes a 32-bit integer).
const ALL_PAGES = 1_000_000_000

/**
 * Copies a live store file to `destination` (which must not exist) with SQLite's online backup
 * API: a consistent copy while other connections and processes keep appending. The copy is made a
 * single self-contained file (no write-ahead log) that keeps the log only: read models (rebuilt
 * from it on restore) and stored responses are left out, as both may hold personal values in
 * clear, and the data keys live in their own file (`backupSqliteKeys`), so a copy restored without
 * them reads with every personal field erased. Then it is verified: SQLite's integrity check, and
 * a last position no earlier than the source's when the copy began.
 *
 * @example
 * const { bytes, lastPosition } = await backupSqliteStore('./data/wenming.db', './wenming.bak')
 */
export const backupSqliteStore = async (
  path: string,
  destination: string,
): Promise<SqliteStoreFileSummary> => {
  if (existsSync(destination))
    throw new SqliteStoreError(`Cannot back up to '${destination}': the file exists`)
  let source: BetterSqlite3.Database | undefined
  let before: number
  try {
    // A read-write connection: a read-only one may miss the tail of a WAL it cannot index.
    source = new BetterSqlite3(path, { fileMustExist: true })
    before = source.prepare('SELECT coalesce(max(position), 0) FROM events').pluck().get() as number
    // The first step copies 100 pages; the rest then goes in one step, one read transaction, so
    // writers on other connections cannot make the backup start over again and again.
    await source.backup(destination, { progress: () => ALL_PAGES })
  } catch (error) {
    throw toSqliteStoreError(error, path)
  } finally {
    source?.close()
  }
  try {
    const copy = new BetterSqlite3(destination, { fileMustExist: true })
    // The pages say WAL, as the source's did: a backup is one file, with no log beside it.
    copy.pragma('journal_mode = DELETE')
    copy.close()
    keepOnlyTheLog(destination)
  } catch (error) {
    throw toSqliteStoreError(error, destination)
  }
  const summary = await verifySqliteStoreFile(destination)
  if (summary.lastPosition < before)
    throw new SqliteStoreCorruptError(
      `The backup '${destination}' ends at position ${summary.lastPosition}, before the ` +
        `${before} of '${path}' when it began`,
    )
  return summary
}
