import { createPostgresEventStore } from '@wenming/event-store-postgres'

/**
 * The machine's own limit for the command figures: single-row INSERT transactions per second on
 * bare pg (a ~200-byte jsonb row into a plain table, autocommit, so one round trip and one WAL
 * flush each), sequential on one connection or spread over `connections`. Issue #18 measured
 * ~1,160/s sequential and ~4,650/s over 16 connections on its machine; the ratio of a store figure
 * to this one says how close the store comes whatever the machine's load.
 */
export const bareInsertsPerSecond = async (
  url: string,
  transactions: number,
  connections: number,
): Promise<number> => {
  // The store's pool is a plain pg pool: used bare here, without the store's SQL.
  const store = createPostgresEventStore({ connectionString: url, maxConnections: connections })
  const { pool } = store.log
  try {
    await pool.query(
      'CREATE TABLE IF NOT EXISTS bare_inserts (id bigserial PRIMARY KEY, row jsonb)',
    )
    const row = JSON.stringify({ orderId: 'o-000001', teamId: 'team-1', padding: 'x'.repeat(150) })
    let next = 0
    const worker = async (): Promise<void> => {
      while (next++ < transactions)
        await pool.query('INSERT INTO bare_inserts (row) VALUES ($1)', [row])
    }
    const started = performance.now()
    await Promise.all(Array.from({ length: connections }, worker))
    return transactions / ((performance.now() - started) / 1000)
  } finally {
    await store.close()
  }
}
