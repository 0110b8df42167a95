/** A SQLite store error: what went wrong, in a class per cause, with the driver's error as `cause`. */
export class SqliteStoreError extends Error {
  override name = 'SqliteStoreError'
  /** The SQLite result code of the underlying failure (`SQLITE_BUSY`, ...), when there is one. */
  readonly code: string | undefined

  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.code = options?.code
  }
}

/** Another connection or process holds the database lock for longer than the busy timeout. */
export class SqliteStoreLockedError extends SqliteStoreError {
  override name = 'SqliteStoreLockedError'
}

/** The database cannot be written: a read-only file, directory or file system. */
export class SqliteStoreReadOnlyError extends SqliteStoreError {
  override name = 'SqliteStoreReadOnlyError'
}

/** The file is not a SQLite database, or its pages are damaged. */
export class SqliteStoreCorruptError extends SqliteStoreError {
  override name = 'SqliteStoreCorruptError'
}

/** A write found no space left: the disk is full or the database reached its size limit. */
export class SqliteStoreFullError extends SqliteStoreError {
  override name = 'SqliteStoreFullError'
}

/** The file was written by a newer version of this package; it is left untouched. */
export class SqliteSchemaTooNewError extends SqliteStoreError {
  override name = 'SqliteSchemaTooNewError'
  readonly fileVersion: number
  readonly supportedVersion: number

  constructor(path: string, fileVersion: number, supportedVersion: number) {
    super(
      `The event store '${path}' has schema version ${fileVersion}, but this version of ` +
        `@wenming/event-store-sqlite supports up to ${supportedVersion}: upgrade the package`,
    )
    this.fileVersion = fileVersion
    this.supportedVersion = supportedVersion
  }
}

/** The store was used after `close()`. */
export class SqliteStoreClosedError extends SqliteStoreError {
  override name = 'SqliteStoreClosedError'
}

const STORE_ERROR_NAMES = new Set([
  'SqliteStoreError',
  'SqliteStoreLockedError',
  'SqliteStoreReadOnlyError',
  'SqliteStoreCorruptError',
  'SqliteStoreFullError',
  'SqliteSchemaTooNewError',
  'SqliteStoreClosedError',
])

const hasName = (error: unknown, name: string): boolean =>
  error instanceof Error && error.name === name

/** Type guard for every {@link SqliteStoreError}, also across package copies. */
export const isSqliteStoreError = (error: unknown): error is SqliteStoreError =>
  error instanceof SqliteStoreError ||
  (error instanceof Error && STORE_ERROR_NAMES.has(error.name) && 'code' in error)

/** Type guard for {@link SqliteStoreLockedError}. */
export const isSqliteStoreLockedError = (error: unknown): error is SqliteStoreLockedError =>
  error instanceof SqliteStoreLockedError || hasName(error, 'SqliteStoreLockedError')

/** Type guard for {@link SqliteStoreReadOnlyError}. */
export const isSqliteStoreReadOnlyError = (error: unknown): error is SqliteStoreReadOnlyError =>
  error instanceof SqliteStoreReadOnlyError || hasName(error, 'SqliteStoreReadOnlyError')

/** Type guard for {@link SqliteStoreCorruptError}. */
export const isSqliteStoreCorruptError = (error: unknown): error is SqliteStoreCorruptError =>
  error instanceof SqliteStoreCorruptError || hasName(error, 'SqliteStoreCorruptError')

/** Type guard for {@link SqliteStoreFullError}. */
export const isSqliteStoreFullError = (error: unknown): error is SqliteStoreFullError =>
  error instanceof SqliteStoreFullError || hasName(error, 'SqliteStoreFullError')

/** Type guard for {@link SqliteSchemaTooNewError}. */
export const isSqliteSchemaTooNewError = (error: unknown): error is SqliteSchemaTooNewError =>
  error instanceof SqliteSchemaTooNewError || hasName(error, 'SqliteSchemaTooNewError')

/** Type guard for {@link SqliteStoreClosedError}. */
export const isSqliteStoreClosedError = (error: unknown): error is SqliteStoreClosedError =>
  error instanceof SqliteStoreClosedError || hasName(error, 'SqliteStoreClosedError')
