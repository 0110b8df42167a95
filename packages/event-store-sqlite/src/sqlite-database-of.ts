import type { Database } from 'better-sqlite3'
import type { EventStore } from '@wenming/event-store'
import { decodeAtOnce, type DecodeAtOnce } from './decode-at-once.js'

const databases = new WeakMap<EventStore, Database>()
const decoders = new WeakMap<EventStore, DecodeAtOnce>()

/** Records the connection behind a SQLite store, for this package's read side and tests only. */
export const registerDatabase = <Store extends EventStore>(
  store: Store,
  database: Database,
  decode: DecodeAtOnce = decodeAtOnce(undefined),
): Store => {
  databases.set(store, database)
  decoders.set(store, decode)
  return store
}

/** The better-sqlite3 connection of a store this package created; never part of the public API. */
export const databaseOf = (store: EventStore): Database => {
  const database = databases.get(store)
  if (database === undefined) throw new TypeError('Not a store created by createSqliteEventStore')
  return database
}

/** How a store this package created opens the personal fields of the events it reads. */
export const decoderOf = (store: EventStore): DecodeAtOnce =>
  decoders.get(store) ?? decodeAtOnce(undefined)
