import { copyFile, rename, rm, stat } from 'node:fs/promises'
import { verifySqliteStoreFile, type SqliteStoreFileSummary } from './backup-sqlite-store.js'

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  )

/** Options of {@link restoreSqliteStore}. */
export type RestoreSqliteStoreOptions = {
  /** Replace a store that exists at `path` (refused otherwise). */
  overwrite?: boolean
}

/**
 * Replaces the store file at `path` with a verified backup: the backup is checked, copied beside
 * the store and renamed over it, and the old write-ahead log is removed. The caller makes sure no
 * process has the store open.
 */
export const restoreSqliteStore = async (
  backup: string,
  path: string,
  options: RestoreSqliteStoreOptions = {},
): Promise<SqliteStoreFileSummary> => {
  await verifySqliteStoreFile(backup)
  if (options.overwrite !== true && (await exists(path)))
    throw new Error(`A store exists at '${path}': restore over it only with overwrite`)
  const partial = `${path}.restoring`
  await copyFile(backup, partial)
  // A stale WAL beside the restored file would be replayed into it.
  await rm(`${path}-wal`, { force: true })
  await rm(`${path}-shm`, { force: true })
  await rename(partial, path)
  return verifySqliteStoreFile(path)
}
