import {
  SqliteStoreCorruptError,
  SqliteStoreError,
  SqliteStoreFullError,
  SqliteStoreLockedError,
  SqliteStoreReadOnlyError,
} from './sqlite-store-errors.js'

const codeOf = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

/**
 * Maps a better-sqlite3 failure to the store's typed error (locked, read-only, corrupt, full),
 * or returns it unchanged when it is not one of those (a programming fault, a typed error already).
 * A thrown non-`Error` value is wrapped in an `Error`.
 */
export const toSqliteStoreError = (error: unknown, path: string): Error => {
  if (error instanceof SqliteStoreError) return error
  const code = codeOf(error)
  if (code === undefined || !code.startsWith('SQLITE_')) {
    return error instanceof Error ? error : new Error(String(error))
  }
  const detail = error instanceof Error ? error.message : String(error)
  const options = { cause: error, code }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new SqliteStoreLockedError(
      `The event store '${path}' is locked by another connection or process (${detail})`,
      options,
    )
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new SqliteStoreReadOnlyError(
      `The event store '${path}' is read-only (${detail})`,
      options,
    )
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new SqliteStoreCorruptError(
      `The event store '${path}' is not a valid SQLite database or is damaged (${detail})`,
      options,
    )
  }
  if (code === 'SQLITE_FULL') {
    return new SqliteStoreFullError(
      `The event store '${path}' is full: no space left for the write (${detail})`,
      options,
    )
  }
  return new SqliteStoreError(`The event store '${path}' failed: ${detail}`, options)
}
