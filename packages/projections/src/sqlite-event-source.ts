import { createEventWindowReader, type SqliteEventStore } from '@wenming/event-store-sqlite'
import type { EventSource } from './event-source.js'

/**
 * An {@link EventSource} over a SQLite store's log, a window of positions at a time: SQLite drops
 * the event types no projection wants before any JSON is parsed, so a rebuild of projections that
 * read a few types skips the rest of the log cheaply (the store's `createEventWindowReader`).
 */
export const sqliteEventSource = (store: Pick<SqliteEventStore, 'database'>): EventSource => {
  const reader = createEventWindowReader(store.database)
  // The log only grows: a window that ends before the last position seen needs no query for it.
  let lastSeen = 0
  return {
    read: (after, limit, types) => {
      if (after + limit >= lastSeen) lastSeen = reader.lastPosition()
      const until = Math.min(after + limit, lastSeen)
      if (until <= after) return Promise.resolve({ events: [], position: after, end: true })
      const events = reader.read(after, until, types === undefined ? undefined : [...types])
      return Promise.resolve({ events, position: until, end: until >= lastSeen })
    },
    lastPosition: () => Promise.resolve((lastSeen = reader.lastPosition())),
  }
}
