import { existsSync } from 'node:fs'
import { copyFile, rename, rm } from 'node:fs/promises'
import { isSqliteStoreInUse } from './is-sqlite-store-in-use.js'
import type { SqliteStoreFileSummary } from './sqlite-store-file-summary.js'
import { SqliteStoreError, SqliteStoreLockedError } from './sqlite-store-errors.js'
import { verifySqliteStoreFile } from './verify-sqlite-store-file.js'

/** Options of {@link restoreSqliteStore}. */
export type RestoreSqliteStoreOptions = {
  /** Replace a store that exists at `path` (refused otherwise). */
  overwrite?: boolean
}

/**
 * Puts a verified backup in place as the store file at `path`: the backup is checked, copied beside
 * the store and renamed over it, and the old write-ahead log is removed. Refuses, with the store
 * untouched, a store that another connection or process has open ({@link isSqliteStoreInUse}, a
 * {@link SqliteStoreLockedError}) and, without `overwrite`, one that exists.
 *
 * @example
 * await restoreSqliteStore('./wenming.bak', './data/wenming.db', { overwrite: true })
 */
export const restoreSqliteStore = async (
  backup: string,
  path: string,
  options: RestoreSqliteStoreOptions = {},
): Promise<SqliteStoreFileSummary> => {
  await verifySqliteStoreFile(backup)
  if (existsSync(path)) {
    if (isSqliteStoreInUse(path))
      throw new SqliteStoreLockedError(
        `The event store '${path}' is open in another connection or process: stop it before restoring over it`,
        { code: 'SQLITE_BUSY' },
      )
    if (options.overwrite !== true)
      throw new SqliteStoreError(`A store exists at '${path}': restore over it only with overwrite`)
  }
  const partial = `${path}.restoring`
  await copyFile(backup, partial)
  // A stale log beside the restored file would be replayed into it.
  await rm(`${path}-wal`, { force: true })
  await rm(`${path}-shm`, { force: true })
  await rename(partial, path)
  return verifySqliteStoreFile(path)
}
