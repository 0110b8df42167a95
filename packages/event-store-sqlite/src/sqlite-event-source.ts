import type { Database } from 'better-sqlite3'
import type { EventSource } from '@wenming/event-store'
import { createEventWindowReader } from './event-window-reader.js'
import { createReadAheadWindowReader } from './read-ahead-window-reader.js'
import { decodeAtOnce, type DecodeAtOnce } from './decode-at-once.js'

export type SqliteEventSourceOptions = {
  /**
   * Run each window's query on a worker thread, the next window while this one is folded (the
   * read-ahead window reader): for rebuilds on a machine with a second core. Files only; call
   * `close()` when done.
   */
  readAhead?: boolean
}

/**
 * An {@link EventSource} over a SQLite store's log, a window of positions at a time: SQLite drops
 * the event types no projection wants before any JSON is parsed, so a rebuild of projections that
 * read a few types skips the rest of the log cheaply (the window reader), and
 * lean reads leave each event's head (stream, revision, id, metadata, time) as SQLite text.
 */
export const sqliteEventSource = (
  database: Database,
  options: SqliteEventSourceOptions = {},
  decode: DecodeAtOnce = decodeAtOnce(undefined),
): EventSource &
  Required<Pick<EventSource, 'readLean' | 'lastPosition'>> & { close(): Promise<void> } => {
  const reader = createEventWindowReader(database)
  const ahead =
    options.readAhead === true && !database.memory
      ? createReadAheadWindowReader(database.name, { inThread: reader })
      : undefined
  // The log only grows: a window that ends before the last position seen needs no query for it.
  let lastSeen = 0
  /** The window after `after` of at most `limit` positions, read by `query` if it holds any. */
  const readWindow = async <Event extends { type: string; data: unknown }>(
    after: number,
    limit: number,
    types: ReadonlySet<string> | undefined,
    query: (
      after: number,
      until: number,
      types: string[] | undefined,
    ) => Event[] | Promise<Event[]>,
  ): Promise<{ events: Event[]; position: number; end: boolean }> => {
    if (after + limit >= lastSeen) lastSeen = reader.lastPosition()
    const until = Math.min(after + limit, lastSeen)
    if (until <= after) return { events: [], position: after, end: true }
    const events = decode(await query(after, until, types === undefined ? undefined : [...types]))
    return { events, position: until, end: until >= lastSeen }
  }
  return {
    read: (after, limit, types) =>
      readWindow(after, limit, types, (from, until, wanted) =>
        ahead ? ahead.read(from, until, wanted) : reader.read(from, until, wanted),
      ),
    readLean: (after, limit, types) =>
      readWindow(after, limit, types, (from, until, wanted) =>
        ahead ? ahead.readLean(from, until, wanted) : reader.readLean(from, until, wanted),
      ),
    lastPosition: () => Promise.resolve((lastSeen = reader.lastPosition())),
    close: () => ahead?.close() ?? Promise.resolve(),
  }
}
