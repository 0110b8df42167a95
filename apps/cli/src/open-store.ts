import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import { createSqliteEventStore } from '@wenming/event-store-sqlite'
import type { StoreSpec } from './store-spec.js'

/** An opened store with a one-line description for logs. */
export type OpenedStore = { store: EventStore; description: string }

/** Opens the store a {@link StoreSpec} names (creating the SQLite file's directory if needed). */
export const openStore = async (spec: StoreSpec): Promise<OpenedStore> => {
  switch (spec.kind) {
    case 'memory':
      return { store: createInMemoryEventStore(), description: 'in-memory store (lost on exit)' }
    case 'sqlite':
      if (spec.path !== ':memory:') await mkdir(dirname(spec.path), { recursive: true })
      return {
        store: createSqliteEventStore({
          path: spec.path,
          durability: 'full',
          // A server's requests should not wait for WAL checkpoints.
          checkpoints: 'background',
        }),
        description: `SQLite ${spec.path}`,
      }
    case 'postgres': {
      // Loaded on demand, like the EventStoreDB client: only this store needs pg.
      const { createPostgresEventStore } = await import('@wenming/event-store-postgres')
      return {
        store: createPostgresEventStore({ connectionString: spec.connectionString }),
        description: `PostgreSQL ${spec.connectionString.replace(/\/\/[^@/]*@/, '//***@')}`,
      }
    }
    case 'esdb': {
      // Loaded on demand: the gRPC client is heavy and only this store needs it.
      const { createEventStoreDbEventStore } = await import('@wenming/event-store-esdb')
      return {
        store: createEventStoreDbEventStore({
          connectionString: spec.connectionString,
          timeoutMs: 5000,
        }),
        description: `EventStoreDB ${spec.connectionString.replace(/\/\/[^@/]*@/, '//***@')}`,
      }
    }
  }
}
