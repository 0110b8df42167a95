import {
  PostgresAuthFailedError,
  PostgresConnectionLostError,
  PostgresConnectionRefusedError,
  PostgresReadOnlyError,
  PostgresSerializationError,
  PostgresStoreError,
  PostgresTimeoutError,
  PostgresTooManyConnectionsError,
  isPostgresStoreError,
} from './postgres-store-errors.js'

type ErrorClass = new (
  message: string,
  server: string,
  options?: { cause?: unknown; code?: string },
) => PostgresStoreError

/** SQLSTATEs and Node codes by the error class they become. */
const CLASSES: readonly [ErrorClass, ReadonlySet<string>, string][] = [
  [
    PostgresConnectionRefusedError,
    new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', '57P03']),
    'refused the connection',
  ],
  [
    PostgresConnectionLostError,
    new Set(['57P01', '57P02', 'ECONNRESET', 'EPIPE', '08000', '08003', '08006']),
    'lost the connection',
  ],
  [PostgresTimeoutError, new Set(['57014', '55P03', 'ETIMEDOUT']), 'timed out'],
  [PostgresAuthFailedError, new Set(['28P01', '28000']), 'refused the credentials'],
  [PostgresTooManyConnectionsError, new Set(['53300']), 'has no connection slot left'],
  [PostgresReadOnlyError, new Set(['25006']), 'is read-only'],
  [PostgresSerializationError, new Set(['40001', '40P01']), 'kept failing to serialize'],
]

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** True for a serialization failure or a deadlock, which a whole transaction may retry. */
export const isRetryable = (error: unknown): boolean => {
  const code = codeOf(error)
  return code === '40001' || code === '40P01'
}

/** Maps a driver error to the typed store error naming `server`; store errors pass through. */
export const toPostgresStoreError = (error: unknown, server: string): PostgresStoreError => {
  if (isPostgresStoreError(error)) return error
  const code = codeOf(error)
  const message = messageOf(error)
  const found = code === undefined ? undefined : CLASSES.find(([, codes]) => codes.has(code))
  if (found !== undefined && code !== undefined) {
    const [Class, , what] = found
    return new Class(`PostgreSQL at ${server} ${what}: ${message}`, server, { cause: error, code })
  }
  // pg's own errors carry no code: a pool or connect timeout, a connection that ended.
  if (/timeout/i.test(message)) {
    return new PostgresTimeoutError(`PostgreSQL at ${server} timed out: ${message}`, server, {
      cause: error,
    })
  }
  if (/Connection terminated|not queryable|connection (?:is )?closed/i.test(message)) {
    return new PostgresConnectionLostError(
      `PostgreSQL at ${server} lost the connection: ${message}`,
      server,
      { cause: error },
    )
  }
  return new PostgresStoreError(
    `PostgreSQL at ${server} failed: ${message}`,
    server,
    code === undefined ? { cause: error } : { cause: error, code },
  )
}
