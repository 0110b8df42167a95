import {
  createEventWindowReader,
  createReadAheadWindowReader,
  type SqliteEventStore,
} from '@wenming/event-store-sqlite'
import type { EventSource } from './event-source.js'

export type SqliteEventSourceOptions = {
  /**
   * Run each window's query on a worker thread, the next window while this one is folded (the
   * store's `createReadAheadWindowReader`): for rebuilds on a machine with a second core. Files
   * only; call `close()` when done.
   */
  readAhead?: boolean
}

/**
 * An {@link EventSource} over a SQLite store's log, a window of positions at a time: SQLite drops
 * the event types no projection wants before any JSON is parsed, so a rebuild of projections that
 * read a few types skips the rest of the log cheaply (the store's `createEventWindowReader`).
 */
export const sqliteEventSource = (
  store: Pick<SqliteEventStore, 'database'>,
  options: SqliteEventSourceOptions = {},
): EventSource & { close(): Promise<void> } => {
  const { database } = store
  const reader = createEventWindowReader(database)
  const ahead =
    options.readAhead === true && !database.memory
      ? createReadAheadWindowReader(database.name)
      : undefined
  // The log only grows: a window that ends before the last position seen needs no query for it.
  let lastSeen = 0
  return {
    read: async (after, limit, types) => {
      if (after + limit >= lastSeen) lastSeen = reader.lastPosition()
      const until = Math.min(after + limit, lastSeen)
      if (until <= after) return { events: [], position: after, end: true }
      const wanted = types === undefined ? undefined : [...types]
      const events = ahead
        ? await ahead.read(after, until, wanted)
        : reader.read(after, until, wanted)
      return { events, position: until, end: until >= lastSeen }
    },
    lastPosition: () => Promise.resolve((lastSeen = reader.lastPosition())),
    close: () => ahead?.close() ?? Promise.resolve(),
  }
}
