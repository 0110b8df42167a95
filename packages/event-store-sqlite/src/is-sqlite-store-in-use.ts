import { existsSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { toSqliteStoreError } from './to-sqlite-store-error.js'

const codeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''

/**
 * Whether another connection, in this process or another (a running server), has the store file
 * open. Every open store connection holds a shared lock on the file in WAL mode, so a probe in
 * exclusive locking mode that cannot take its lock at once finds a holder. A missing file is not
 * in use. With no holder the probe checkpoints the write-ahead log into the file as it closes.
 *
 * @example
 * if (isSqliteStoreInUse('./data/wenming.db')) throw new Error('stop the server first')
 */
export const isSqliteStoreInUse = (path: string): boolean => {
  if (path === ':memory:' || !existsSync(path)) return false
  let probe: BetterSqlite3.Database | undefined
  try {
    probe = new BetterSqlite3(path, { fileMustExist: true, timeout: 0 })
    probe.pragma('locking_mode = EXCLUSIVE')
    // In WAL mode the first read takes the exclusive lock; in rollback mode a write transaction does.
    probe.prepare('SELECT count(*) FROM sqlite_master').get()
    probe.exec('BEGIN EXCLUSIVE')
    probe.exec('COMMIT')
    return false
  } catch (error) {
    if (codeOf(error).startsWith('SQLITE_BUSY')) return true
    throw toSqliteStoreError(error, path)
  } finally {
    probe?.close()
  }
}
