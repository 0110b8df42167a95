import type { RecordedEvent } from '@wenming/event-store'
import type { SqliteEventStore } from '@wenming/event-store-sqlite'
import type { EventSource } from './event-source.js'

type Row = [number, string, number, string, string, string | null, string | null, number]


const decode = (row: Row): RecordedEvent => ({
  type: row[4],
  data: row[5] === null ? undefined : JSON.parse(row[5]),
  metadata: row[6] === null ? {} : (JSON.parse(row[6]) as Record<string, unknown>),
  id: row[3],
  streamName: row[1],
  revision: row[2],
  position: row[0],
  recordedAt: new Date(row[7]),
})

const decodeWithoutMetadata = (row: Row): RecordedEvent => ({
  type: row[4],
  data: row[5] === null ? undefined : JSON.parse(row[5]),
  id: row[3],
  streamName: row[1],
  revision: row[2],
  position: row[0],
  recordedAt: new Date(row[7]),
})

export type SqliteEventSourceOptions = {
  /**
   * Parse each event's metadata (default true). Projections that never read metadata (the live
   * read models here, the work report) rebuild faster without: events then come without it.
   */
  metadata?: boolean
}

/**
 * An {@link EventSource} that reads the SQLite store's `events` table directly, a window of
 * positions at a time, and lets SQLite drop the event types no projection wants before any JSON
 * is parsed: a rebuild of projections that read a few types skips the rest of the log cheaply.
 * It reads the table `@wenming/event-store-sqlite` writes (schema version 1) and is checked
 * against that store's `readAll` in the tests.
 */
export const sqliteEventSource = (
  store: Pick<SqliteEventStore, 'database'>,
  options: SqliteEventSourceOptions = {},
): EventSource => {
  const { database } = store
  const withMetadata = options.metadata !== false
  const toEvent = withMetadata ? decode : decodeWithoutMetadata
  // Not even reading the metadata column saves creating a string per event.
  const columns = `position, stream_name, revision, id, type, data, ${withMetadata ? 'metadata' : 'NULL'}, recorded_at`
  const lastPosition = database.prepare<[]>('SELECT MAX(position) FROM events').pluck()
  const queries = new Map<string, ReturnType<typeof prepare>>()
  const prepare = (types: readonly string[] | undefined) =>
    database
      .prepare<unknown[]>(
        `SELECT ${columns} FROM events WHERE position > ? AND position <= ?` +
          (types === undefined ? '' : ` AND type IN (${types.map(() => '?').join(', ')})`) +
          ' ORDER BY position',
      )
      .raw()
  return {
    read: (after, limit, types) => {
      const wanted = types === undefined ? undefined : [...types].sort()
      const key = wanted === undefined ? '*' : wanted.join('\u0000')
      let query = queries.get(key)
      if (query === undefined) queries.set(key, (query = prepare(wanted)))
      const last = (lastPosition.get() as number | null) ?? 0
      const until = Math.min(after + limit, last)
      if (until <= after) return Promise.resolve({ events: [], position: after, end: true })
      const rows = query.all(after, until, ...(wanted ?? [])) as Row[]
      return Promise.resolve({ events: rows.map(toEvent), position: until, end: until >= last })
    },
    lastPosition: () => Promise.resolve((lastPosition.get() as number | null) ?? 0),
  }
}
