import { createPostgresEventStore } from '@wenming/event-store-postgres'

/**
 * The machine's own limit for the command figures: single-row INSERT transactions per second on
 * bare pg (a ~200-byte jsonb row into a plain table, autocommit, so one round trip and one WAL
 * flush each), sequential on one connection or spread over `connections`. The ratio of a store
 * figure to this one says how close the store comes whatever the machine's load (figures seen:
 * tools/bench/README.md).
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

/**
 * The machine's own limit for reading: rows/s of a plain keyset-paged `SELECT` of the events table
 * through bare pg with its default row parsing (objects, json parsed, `Date`s), 2,000 rows a page,
 * over the first `rows` rows.
 */
export const bareSelectRowsPerSecond = async (url: string, rows: number): Promise<number> => {
  const store = createPostgresEventStore({ connectionString: url, maxConnections: 1 })
  try {
    let read = 0
    let after = 0
    const started = performance.now()
    while (read < rows) {
      const page = await store.log.pool.query<{ position: number }>(
        'SELECT position, stream_name, revision, id, type, data, metadata, recorded_at ' +
          'FROM wenming_events WHERE position > $1 ORDER BY position LIMIT 2000',
        [after],
      )
      if (page.rows.length === 0) break
      read += page.rows.length
      after = page.rows[page.rows.length - 1]!.position
    }
    return read / ((performance.now() - started) / 1000)
  } finally {
    await store.close()
  }
}
