import type pg from 'pg'

/**
 * Runs `work` on a connection checked out of `pool`, then returns it (or discards it, after a
 * failure). While checked out, a pg client has no `error` listener, and a server that ends the
 * connection (a terminated backend) would emit an unhandled `error`: one is attached meanwhile.
 */
export const usingClient = async <T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> => {
  const client = await pool.connect()
  let broken = false
  const onError = (): void => {
    broken = true
  }
  client.on('error', onError)
  try {
    const result = await work(client)
    // A connection going back to the pool gets the pool's listener again; one being destroyed
    // keeps ours, since the server's last message may still arrive while it closes.
    if (!broken) client.off('error', onError)
    client.release(broken)
    return result
  } catch (error) {
    client.release(true)
    throw error
  }
}
