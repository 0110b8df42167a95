export { createPostgresEventStore } from './postgres-event-store.js'
export type {
  PostgresEventStore,
  PostgresEventStoreOptions,
  PostgresLog,
} from './postgres-event-store.js'
export type { PoolOptions } from './open-pool.js'
export type { MigrationResult } from './migrate-schema.js'
export { SCHEMA_VERSION } from './schema.js'
export {
  isPostgresSchemaTooNewError,
  isPostgresStoreError,
  isPostgresUnavailableError,
  PostgresAuthFailedError,
  PostgresConnectionLostError,
  PostgresConnectionRefusedError,
  PostgresReadOnlyError,
  PostgresSchemaTooNewError,
  PostgresSerializationError,
  PostgresStoreClosedError,
  PostgresStoreError,
  PostgresTimeoutError,
  PostgresTooManyConnectionsError,
} from './postgres-store-errors.js'
export { postgresReadSide } from './postgres-read-side.js'
export type { PostgresReadSide } from './postgres-read-side.js'
export { postgresEventSource } from './postgres-event-source.js'
export { createPostgresReadModelStorage } from './postgres-read-model-storage.js'
export { createPostgresProjectionStorage } from './postgres-projection-storage.js'
