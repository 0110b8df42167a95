import type pg from 'pg'
import { usingClient } from './using-client.js'
import { withRetries } from './with-retries.js'

/**
 * Runs `work` in one transaction on one pooled connection, again from the start after a
 * serialization failure, a deadlock or a lost connection (so `work` must be safe to repeat: the
 * read side's writes set rows and checkpoints to values); a connection that failed is discarded.
 */
export const inTransaction = <T>(
  pool: pg.Pool,
  server: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> =>
  withRetries(
    server,
    () =>
      usingClient(pool, async (client) => {
        try {
          await client.query('BEGIN')
          const result = await work(client)
          await client.query('COMMIT')
          return result
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {})
          throw error
        }
      }),
    true,
  )
