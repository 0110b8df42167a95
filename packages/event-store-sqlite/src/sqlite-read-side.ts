import { readSideFrom, type ReadSide } from '@wenming/event-store'
import { databaseOf, decoderOf } from './sqlite-database-of.js'
import { sqliteEventSource, type SqliteEventSourceOptions } from './sqlite-event-source.js'
import type { SqliteEventStore } from './sqlite-event-store.js'
import { readModelStoreOn } from './sqlite-read-model-store.js'

export type SqliteReadSideOptions = SqliteEventSourceOptions

/**
 * The SQLite store's read side: windows of its log read by SQL (event types filtered before any
 * JSON is parsed, lean reads, optionally read ahead on a worker) and read models in tables of the
 * same file, rows and checkpoint committed together. `close` stops the read-ahead worker; the
 * store stays open and closes the file.
 *
 * @example
 * const readSide = sqliteReadSide(store)
 * const runner = await openProjectionRunner({ store, source: readSide.source, slots })
 */
export const sqliteReadSide = (
  store: SqliteEventStore,
  options: SqliteReadSideOptions = {},
): ReadSide => {
  const database = databaseOf(store)
  return readSideFrom(
    sqliteEventSource(database, options, decoderOf(store)),
    readModelStoreOn(database, `sqlite:${store.path}`, () => Promise.resolve()),
  )
}
