import { EventStoreDBClient } from '@eventstore/db-client'
import { withTimeout } from './with-timeout.js'

type Closable = { close(): void }

/** A client for a connection string that can really be shut down. */
export type TrackedClient = {
  readonly client: EventStoreDBClient
  /** Disposes of the client's calls (waiting at most `timeoutMs`) and closes its gRPC channels. */
  readonly shutdown: (timeoutMs: number) => Promise<void>
}

/**
 * A client whose gRPC channels are remembered as they are created: the client's own `dispose()`
 * cancels calls but leaves the channel open, which keeps a Node process alive (see TOOLCHAIN.md).
 * This hooks `createChannel`, an instance property of @eventstore/db-client 6.2.1's Client; if a
 * later version drops it, `shutdown()` still disposes and only the channel close is lost.
 */
export const createTrackedClient = (connectionString: string): TrackedClient => {
  const client = EventStoreDBClient.connectionString(connectionString)
  const channels = new Set<Closable>()
  const internals = client as unknown as { createChannel?: () => Promise<Closable> }
  const createChannel = internals.createChannel
  if (typeof createChannel === 'function') {
    internals.createChannel = async () => {
      const channel = await createChannel()
      channels.add(channel)
      return channel
    }
  }
  const shutdown = async (timeoutMs: number): Promise<void> => {
    await withTimeout(client.dispose(), timeoutMs, () => new Error('dispose timed out')).catch(
      () => undefined,
    )
    for (const channel of channels) {
      try {
        channel.close()
      } catch {
        // Already closed by the client after a failed call.
      }
    }
    channels.clear()
  }
  return { client, shutdown }
}
