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
export { backupSqliteStore, verifySqliteStoreFile } from './backup-sqlite-store.js'
export type { SqliteStoreFileSummary } from './backup-sqlite-store.js'
export { restoreSqliteStore } from './restore-sqlite-store.js'
export type { RestoreSqliteStoreOptions } from './restore-sqlite-store.js'
