import pg from 'pg'

/** How the store connects: bounded pool, timeouts. */
export type PoolOptions = {
  connectionString: string
  /** Most connections the pool opens (default 10). */
  maxConnections?: number
  /** How long getting a connection may take, queueing for the pool included (default 5,000 ms). */
  connectionTimeoutMs?: number
  /** The server cancels any statement running longer (default 30,000 ms). */
  statementTimeoutMs?: number
  /** An idle connection is closed after this long (default 30,000 ms). */
  idleTimeoutMs?: number
}

const INT8_OID = 20

/** Positions and revisions are `bigint` columns that stay below 2^53: read them as numbers. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === INT8_OID && format !== 'binary'
      ? (value: string) => Number(value)
      : (pg.types.getTypeParser(
          oid,
          format ?? 'text',
        ) as unknown)) as typeof pg.types.getTypeParser,
}

/** `host:port/database` of a connection string, for messages (the password never shows). */
export const describeServer = (connectionString: string): string => {
  try {
    const url = new URL(connectionString)
    const database = url.pathname.replace(/^\//, '') || '(default)'
    return `${url.hostname || 'localhost'}:${url.port || '5432'}/${database}`
  } catch {
    return 'postgres (unparsable connection string)'
  }
}

/** A pg connection config with the store's bounds and type parsers. */
export const clientConfig = (options: PoolOptions): pg.ClientConfig => ({
  connectionString: options.connectionString,
  connectionTimeoutMillis: options.connectionTimeoutMs ?? 5000,
  statement_timeout: options.statementTimeoutMs ?? 30_000,
  // The client gives up a little after the server would have cancelled, as a backstop.
  query_timeout: (options.statementTimeoutMs ?? 30_000) + 5000,
  application_name: 'wenming',
  types,
})

/**
 * A bounded pool. A connection that the server drops (a terminated backend, a restart) is
 * discarded, and a new one is opened when next needed; the handlers only keep the process alive.
 */
export const openPool = (options: PoolOptions): pg.Pool => {
  const pool = new pg.Pool({
    ...clientConfig(options),
    max: options.maxConnections ?? 10,
    idleTimeoutMillis: options.idleTimeoutMs ?? 30_000,
  })
  pool.on('error', () => {})
  // A server that ends a connection (a terminated backend) sends a last error that pg emits on
  // the client, checked out or being released: without a listener, that would crash the process.
  // Queries on it fail and the pool discards it anyway; this listener only keeps the process up.
  pool.on('connect', (client) => {
    client.on('error', () => {})
  })
  return pool
}
