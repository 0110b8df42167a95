import type { Database, Statement } from 'better-sqlite3'
import type { RecordedEvent } from '@wenming/event-store'
import { decodeEventBatch } from './event-json.js'
import { sortedTypes, typesKey, windowSql } from './event-window-sql.js'

/** Reads the events at positions `after < position <= until`, only those of `types` if given. */
export type EventWindowReader = {
  read(after: number, until: number, types?: readonly string[]): RecordedEvent[]
  /** The last position committed (0 for an empty store). */
  lastPosition(): number
}

/**
 * A reader of position windows of a SQLite store's log, for projection runners: SQLite drops the
 * event types nobody wants before any JSON reaches JavaScript, and a window arrives as one JSON
 * text. Keep windows to a few tens of thousands of positions: a window is held in memory whole.
 *
 * @example
 * const reader = createEventWindowReader(store.database)
 * const taken = reader.read(0, 10_000, ['OrderTaken'])
 */
export const createEventWindowReader = (database: Database): EventWindowReader => {
  const lastPosition = database.prepare<[]>('SELECT MAX(position) FROM events').pluck()
  const queries = new Map<string, Statement<unknown[]>>()
  const prepare = (types: readonly string[] | undefined): Statement<unknown[]> =>
    database.prepare<unknown[]>(windowSql(types)).pluck()
  return {
    read: (after, until, types) => {
      const wanted = sortedTypes(types)
      const key = typesKey(wanted)
      let query = queries.get(key)
      if (query === undefined) queries.set(key, (query = prepare(wanted)))
      const json = query.get(after, until, ...(wanted ?? [])) as string | null
      return decodeEventBatch(json, 'position')
    },
    lastPosition: () => (lastPosition.get() as number | null) ?? 0,
  }
}
