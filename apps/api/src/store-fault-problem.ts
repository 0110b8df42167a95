import {
  isSqliteSchemaTooNewError,
  isSqliteStoreClosedError,
  isSqliteStoreCorruptError,
  isSqliteStoreError,
  isSqliteStoreFullError,
  isSqliteStoreLockedError,
  isSqliteStoreReadOnlyError,
} from '@wenming/event-store-sqlite'
import { problemType, type ProblemDetails } from './problem-details.js'

// The EventStoreDB adapter's typed errors, matched by name: the API does not depend on it.
const ESDB_UNAVAILABLE = new Set([
  'EventStoreDbUnavailableError',
  'EventStoreDbTimeoutError',
  'EventStoreDbNotLeaderError',
])

// The PostgreSQL adapter's typed errors, matched by name for the same reason.
const POSTGRES_UNAVAILABLE = new Set([
  'PostgresConnectionRefusedError',
  'PostgresConnectionLostError',
  'PostgresTimeoutError',
  'PostgresTooManyConnectionsError',
  'PostgresReadOnlyError',
  'PostgresSerializationError',
])

const isPostgresError = (error: unknown): error is Error & { code?: string } =>
  error instanceof Error && error.name.startsWith('Postgres') && 'server' in error

const unavailable = (detail: string, retryAfter: number): ProblemDetails => ({
  type: problemType('store-unavailable'),
  title: 'The event store is unavailable for now',
  status: 503,
  detail,
  retryAfter,
})

/**
 * The problem for a store adapter's typed error: unavailable, locked, read-only or timed out is a
 * 503 with `retryAfter` (seconds, sent as `Retry-After`), a full disk a 507, a schema too new or a
 * damaged file a typed 500 naming the file; `undefined` for anything that is not a store fault.
 */
export const storeFaultProblem = (error: unknown): ProblemDetails | undefined => {
  if (isSqliteStoreLockedError(error)) {
    return unavailable('The event store is locked by another process; retry shortly', 1)
  }
  if (isSqliteStoreClosedError(error)) {
    return unavailable('The event store is closing; the server is shutting down', 5)
  }
  if (isSqliteStoreReadOnlyError(error)) {
    return unavailable('The event store cannot be written (read-only); an operator must act', 30)
  }
  if (error instanceof Error && ESDB_UNAVAILABLE.has(error.name)) {
    return unavailable('The event store does not answer', 5)
  }
  if (isPostgresError(error) && POSTGRES_UNAVAILABLE.has(error.name)) {
    return unavailable('The event store does not answer or cannot take the command now', 5)
  }
  if (isPostgresError(error) && error.name === 'PostgresStoreClosedError') {
    return unavailable('The event store is closing; the server is shutting down', 5)
  }
  if (isSqliteStoreFullError(error)) {
    return {
      type: problemType('store-full'),
      title: 'The event store is out of space',
      status: 507,
      detail: 'No space left to record the command; nothing was recorded',
    }
  }
  if (
    isSqliteSchemaTooNewError(error) ||
    (isPostgresError(error) && error.name === 'PostgresSchemaTooNewError')
  ) {
    return {
      type: problemType('store-schema-too-new'),
      title: 'The event store was written by a newer version',
      status: 500,
      detail: error.message,
    }
  }
  if (isSqliteStoreCorruptError(error)) {
    return {
      type: problemType('store-corrupt'),
      title: 'The event store is damaged',
      status: 500,
      detail: error.message,
    }
  }
  if (isSqliteStoreError(error) || isPostgresError(error)) {
    return {
      type: problemType('store-fault'),
      title: 'The event store failed',
      status: 500,
      detail: `The event store failed (${error.code ?? 'unknown cause'}); it has been logged`,
    }
  }
  return undefined
}
