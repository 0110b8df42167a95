/** A PostgreSQL store error: what went wrong, in a class per cause, naming the server. */
export class PostgresStoreError extends Error {
  override name = 'PostgresStoreError'
  /** The SQLSTATE (`57014`) or Node error code (`ECONNREFUSED`) of the failure, when there is one. */
  readonly code: string | undefined
  /** The server, as `host:port/database` (never the password). */
  readonly server: string

  constructor(message: string, server: string, options?: { cause?: unknown; code?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.code = options?.code
    this.server = server
  }
}

/** Nothing listens at the server's address (connection refused, host unknown). */
export class PostgresConnectionRefusedError extends PostgresStoreError {
  override name = 'PostgresConnectionRefusedError'
}

/** A connection was lost mid-command (backend terminated, server shut down, network cut). */
export class PostgresConnectionLostError extends PostgresStoreError {
  override name = 'PostgresConnectionLostError'
}

/** A connection or a statement took longer than its timeout. */
export class PostgresTimeoutError extends PostgresStoreError {
  override name = 'PostgresTimeoutError'
}

/** The server refused the credentials or the role. */
export class PostgresAuthFailedError extends PostgresStoreError {
  override name = 'PostgresAuthFailedError'
}

/** The server (or the database, or the role) has no connection slot left. */
export class PostgresTooManyConnectionsError extends PostgresStoreError {
  override name = 'PostgresTooManyConnectionsError'
}

/** The server only reads: a hot standby, or a database set read-only. */
export class PostgresReadOnlyError extends PostgresStoreError {
  override name = 'PostgresReadOnlyError'
}

/** A serialization failure or deadlock that was still there after the store's retries. */
export class PostgresSerializationError extends PostgresStoreError {
  override name = 'PostgresSerializationError'
}

/** The database was written by a newer version of this package; it is left untouched. */
export class PostgresSchemaTooNewError extends PostgresStoreError {
  override name = 'PostgresSchemaTooNewError'
  readonly databaseVersion: number
  readonly supportedVersion: number

  constructor(server: string, databaseVersion: number, supportedVersion: number) {
    super(
      `The event store at ${server} has schema version ${databaseVersion}, but this version of ` +
        `@wenming/event-store-postgres supports up to ${supportedVersion}: upgrade the package`,
      server,
    )
    this.databaseVersion = databaseVersion
    this.supportedVersion = supportedVersion
  }
}

/** The store was used after `close()`. */
export class PostgresStoreClosedError extends PostgresStoreError {
  override name = 'PostgresStoreClosedError'
}

const STORE_ERROR_NAMES = new Set([
  'PostgresStoreError',
  'PostgresConnectionRefusedError',
  'PostgresConnectionLostError',
  'PostgresTimeoutError',
  'PostgresAuthFailedError',
  'PostgresTooManyConnectionsError',
  'PostgresReadOnlyError',
  'PostgresSerializationError',
  'PostgresSchemaTooNewError',
  'PostgresStoreClosedError',
])

/** The causes that say the server cannot serve now (an HTTP edge answers 503 for them). */
const UNAVAILABLE_NAMES = new Set([
  'PostgresConnectionRefusedError',
  'PostgresConnectionLostError',
  'PostgresTimeoutError',
  'PostgresTooManyConnectionsError',
  'PostgresReadOnlyError',
  'PostgresSerializationError',
])

const hasName = (error: unknown, name: string): boolean =>
  error instanceof Error && error.name === name

/** Type guard for every {@link PostgresStoreError}, also across package copies. */
export const isPostgresStoreError = (error: unknown): error is PostgresStoreError =>
  error instanceof PostgresStoreError ||
  (error instanceof Error && STORE_ERROR_NAMES.has(error.name) && 'server' in error)

/** True for the errors that mean "the database is unavailable now, try again later" (HTTP 503). */
export const isPostgresUnavailableError = (error: unknown): error is PostgresStoreError =>
  isPostgresStoreError(error) && UNAVAILABLE_NAMES.has(error.name)

/** Type guard for {@link PostgresSchemaTooNewError}. */
export const isPostgresSchemaTooNewError = (error: unknown): error is PostgresSchemaTooNewError =>
  error instanceof PostgresSchemaTooNewError || hasName(error, 'PostgresSchemaTooNewError')
