import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  createInMemoryEventStore,
  inMemoryReadModelStore,
  readAllSource,
  readSideFrom,
  type EventSource,
  type EventStore,
  type ReadModelStore,
  type ReadSide,
} from '@wenming/event-store'
import type { IdempotencyKeys } from '@wenming/api'
import { wenmingPersonalData } from '@wenming/domain'
import {
  createSqliteEventStore,
  createSqliteIdempotencyStore,
  sqliteReadModelStore,
  sqliteReadSide,
  type SqliteEventStore,
} from '@wenming/event-store-sqlite'
import type { ReadModelSpec, StoreSpec } from './store-spec.js'

export type ReadSideOptions = {
  /** Where the read models live (default: the store's own file for SQLite, else memory). */
  readModels?: ReadModelSpec
  /** For a SQLite store file: read windows of the log ahead on a worker thread (rebuilds). */
  readAhead?: boolean
}

/** An opened store with a one-line description for logs, and how to open its read side. */
export type OpenedStore = {
  store: EventStore
  description: string
  /** The read side for this store's log with read models where `options` say; close it first. */
  readSide(options?: ReadSideOptions): Promise<ReadSide>
  /** Where the API keeps idempotency keys for 24 h, when the store can (SQLite: in its file). */
  idempotencyKeys?: IdempotencyKeys
}

const ensureDirectory = async (path: string): Promise<void> => {
  if (path !== ':memory:') await mkdir(dirname(path), { recursive: true })
}

const readModelStore = async (spec: ReadModelSpec): Promise<ReadModelStore> => {
  if (spec.kind === 'memory') return inMemoryReadModelStore()
  if (spec.kind === 'store') throw new Error('Only a SQLite or PostgreSQL store keeps read models beside its log')
  await ensureDirectory(spec.path)
  return sqliteReadModelStore({ path: spec.path })
}

/** A read side over `source` with read models where `spec` says (never the store's own file). */
const readSideOver = async (source: EventSource, spec: ReadModelSpec): Promise<ReadSide> =>
  readSideFrom(source, await readModelStore(spec))

const sqliteReadSideFor = async (
  store: SqliteEventStore,
  options: ReadSideOptions,
): Promise<ReadSide> => {
  const own = sqliteReadSide(store, options.readAhead === true ? { readAhead: true } : {})
  const spec = options.readModels ?? { kind: 'store' }
  if (spec.kind === 'store') return own
  const models = await readModelStore(spec)
  return readSideFrom(own.source, {
    ...models,
    close: async () => {
      await own.close()
      await models.close()
    },
  })
}

/** Opens the store a {@link StoreSpec} names (creating the SQLite file's directory if needed). */
export const openStore = async (spec: StoreSpec): Promise<OpenedStore> => {
  switch (spec.kind) {
    case 'memory': {
      const store = createInMemoryEventStore({ personalData: { policy: wenmingPersonalData } })
      return {
        store,
        description: 'in-memory store (lost on exit)',
        readSide: (options = {}) =>
          readSideOver(readAllSource(store), options.readModels ?? { kind: 'memory' }),
      }
    }
    case 'sqlite': {
      await ensureDirectory(spec.path)
      const store = createSqliteEventStore({
        path: spec.path,
        durability: 'full',
        // A server's requests should not wait for WAL checkpoints.
        checkpoints: 'background',
        // Personal fields sealed under per-person keys in `<path>.keys`, erasable (POST /erasures).
        personalData: { policy: wenmingPersonalData },
      })
      return {
        store,
        description: `SQLite ${spec.path}`,
        readSide: (options = {}) => sqliteReadSideFor(store, options),
        idempotencyKeys: createSqliteIdempotencyStore(store),
      }
    }
    case 'postgres': {
      // Loaded on demand, like the EventStoreDB client: only this store needs pg.
      const { createPostgresEventStore, postgresReadSide } =
        await import('@wenming/event-store-postgres')
      const store = createPostgresEventStore({
        connectionString: spec.connectionString,
        personalData: { policy: wenmingPersonalData },
      })
      return {
        store,
        description: `PostgreSQL ${spec.connectionString.replace(/\/\/[^@/]*@/, '//***@')}`,
        // Read models in the store's own database by default, beside the log.
        readSide: async (options = {}) => {
          const own = postgresReadSide(store)
          const models = options.readModels ?? { kind: 'store' }
          return models.kind === 'store' ? own : readSideOver(own.source, models)
        },
      }
    }
    case 'esdb': {
      // Loaded on demand: the gRPC client is heavy and only this store needs it.
      const { createEventStoreDbEventStore, eventStoreDbEventSource } =
        await import('@wenming/event-store-esdb')
      const store = createEventStoreDbEventStore({
        connectionString: spec.connectionString,
        timeoutMs: 5000,
      })
      return {
        store,
        description: `EventStoreDB ${spec.connectionString.replace(/\/\/[^@/]*@/, '//***@')}`,
        // A server on EventStoreDB never keeps its read models silently in memory: the caller
        // names their storage (the CLI defaults to a SQLite file).
        readSide: (options = {}) => {
          if (options.readModels === undefined) {
            throw new Error('An EventStoreDB store needs its read-model storage named')
          }
          return readSideOver(eventStoreDbEventSource(store), options.readModels)
        },
      }
    }
  }
}
