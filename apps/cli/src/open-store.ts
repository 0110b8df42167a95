import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import type { IdempotencyKeys } from '@wenming/api'
import { createSqliteEventStore, createSqliteIdempotencyStore } from '@wenming/event-store-sqlite'
import type { StoreSpec } from './store-spec.js'

/**
 * An opened store with a one-line description for logs, and where the API keeps idempotency keys
 * when the store can hold them (SQLite: in its file, for 24 h).
 */
export type OpenedStore = {
  store: EventStore
  description: string
  idempotencyKeys?: IdempotencyKeys
}

/** Opens the store a {@link StoreSpec} names (creating the SQLite file's directory if needed). */
export const openStore = async (spec: StoreSpec): Promise<OpenedStore> => {
  switch (spec.kind) {
    case 'memory':
      return { store: createInMemoryEventStore(), description: 'in-memory store (lost on exit)' }
    case 'sqlite': {
      if (spec.path !== ':memory:') await mkdir(dirname(spec.path), { recursive: true })
      const store = createSqliteEventStore({
        path: spec.path,
        durability: 'full',
        // A server's requests should not wait for WAL checkpoints.
        checkpoints: 'background',
      })
      return {
        store,
        description: `SQLite ${spec.path}`,
        idempotencyKeys: createSqliteIdempotencyStore(store.database),
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
