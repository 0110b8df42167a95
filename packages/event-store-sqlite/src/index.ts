export { createSqliteEventStore } from './sqlite-event-store.js'
export type { SqliteEventStore, SqliteEventStoreOptions } from './sqlite-event-store.js'
export type { SqliteDurability } from './open-database.js'
export { sqliteReadSide } from './sqlite-read-side.js'
export type { SqliteReadSideOptions } from './sqlite-read-side.js'
export { sqliteReadModelStore } from './sqlite-read-model-store.js'
export type { SqliteReadModelStoreOptions } from './sqlite-read-model-store.js'
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
export { createSqliteIdempotencyStore } from './sqlite-idempotency-store.js'
export type {
  IdempotencyRecord,
  SqliteIdempotencyStore,
  SqliteIdempotencyStoreOptions,
} from './sqlite-idempotency-store.js'
export { backupSqliteStore } from './backup-sqlite-store.js'
export { verifySqliteStoreFile } from './verify-sqlite-store-file.js'
export type { SqliteStoreFileSummary } from './sqlite-store-file-summary.js'
export { restoreSqliteStore } from './restore-sqlite-store.js'
export type { RestoreSqliteStoreOptions } from './restore-sqlite-store.js'
export { isSqliteStoreInUse } from './is-sqlite-store-in-use.js'
export { backupSqliteKeyFile, backupSqliteKeys } from './backup-sqlite-keys.js'
