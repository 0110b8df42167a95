import { isRetryable, toPostgresStoreError } from './to-postgres-store-error.js'
import { PostgresConnectionLostError, type PostgresStoreError } from './postgres-store-errors.js'

/** Attempts after the first for a serialization failure or deadlock (the transaction rolled back). */
const RETRIES = 3

/**
 * Runs `attempt`, again on a serialization failure or deadlock (and, when `idempotent`, on a lost
 * connection: the pool opens a new one), and maps what still fails to a typed error.
 */
export const withRetries = async <T>(
  server: string,
  attempt: () => Promise<T>,
  idempotent: boolean,
): Promise<T> => {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt()
    } catch (error) {
      const typed: PostgresStoreError = toPostgresStoreError(error, server)
      const again =
        isRetryable(error) || (idempotent && typed instanceof PostgresConnectionLostError)
      if (!again || tries >= RETRIES) throw typed
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** tries))
    }
  }
}
