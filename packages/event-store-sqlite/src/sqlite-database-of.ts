import type { Database } from 'better-sqlite3'
import type { EventStore } from '@wenming/event-store'

const databases = new WeakMap<EventStore, Database>()

/** Records the connection behind a SQLite store, for this package's read side and tests only. */
export const registerDatabase = <Store extends EventStore>(
  store: Store,
  database: Database,
): Store => {
  databases.set(store, database)
  return store
}

/** The better-sqlite3 connection of a store this package created; never part of the public API. */
export const databaseOf = (store: EventStore): Database => {
  const database = databases.get(store)
  if (database === undefined) throw new TypeError('Not a store created by createSqliteEventStore')
  return database
}
