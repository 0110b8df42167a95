export { createSqliteEventStore } from './sqlite-event-store.js'
export type { SqliteEventStore, SqliteEventStoreOptions } from './sqlite-event-store.js'
export type { SqliteDurability } from './open-database.js'
export { createSqliteCheckpointStore } from './sqlite-checkpoint-store.js'
export type { SqliteCheckpointStore } from './sqlite-checkpoint-store.js'
export { createSqliteProjectionStorage } from './sqlite-projection-storage.js'
export type { SqliteProjectionStorageOptions } from './sqlite-projection-storage.js'
export { SCHEMA_VERSION } from './schema.js'
export {
  isSqliteSchemaTooNewError,
  isSqliteStoreClosedError,
  isSqliteStoreCorruptError,
  isSqliteStoreError,
  isSqliteStoreFullError,
  isSqliteStoreLockedError,
  isSqliteStoreReadOnlyError,
  SqliteSchemaTooNewError,
  SqliteStoreClosedError,
  SqliteStoreCorruptError,
  SqliteStoreError,
  SqliteStoreFullError,
  SqliteStoreLockedError,
  SqliteStoreReadOnlyError,
} from './sqlite-store-errors.js'
export { createEventWindowReader } from './event-window-reader.js'
export type { EventWindowReader } from './event-window-reader.js'
export { createReadAheadWindowReader } from './read-ahead-window-reader.js'
export type {
  ReadAheadWindowReader,
  ReadAheadWindowReaderOptions,
} from './read-ahead-window-reader.js'
export { createSqliteIdempotencyStore } from './sqlite-idempotency-store.js'
export type {
  IdempotencyRecord,
  SqliteIdempotencyStore,
  SqliteIdempotencyStoreOptions,
} from './sqlite-idempotency-store.js'
