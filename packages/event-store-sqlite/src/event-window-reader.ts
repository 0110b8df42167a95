import type { Database, Statement } from 'better-sqlite3'
import type { LeanEvent, RecordedEvent } from '@wenming/event-store'
import {
  FULL_WINDOW,
  LEAN_WINDOW,
  sortedTypes,
  windowKey,
  windowSql,
  type WindowKind,
} from './event-window-sql.js'

/** Reads the events at positions `after < position <= until`, only those of `types` if given. */
export type EventWindowReader = {
  read(after: number, until: number, types?: readonly string[]): RecordedEvent[]
  /**
   * The same window as lean events (`{ type, data, position }`): the rest of each stored event is
   * never parsed, which makes a window about 1.6 times quicker to decode.
   */
  readLean(after: number, until: number, types?: readonly string[]): LeanEvent[]
  /** The last position committed (0 for an empty store). */
  lastPosition(): number
}

/**
 * A reader of position windows of a SQLite store's log, for projection runners: SQLite drops the
 * event types nobody wants before any JSON reaches JavaScript, and a window arrives as one JSON
 * text. Keep windows to a few tens of thousands of positions: a window is held in memory whole.
 *
 * @example
 * const reader = createEventWindowReader(databaseOf(store))
 * const taken = reader.read(0, 10_000, ['OrderTaken'])
 */
export const createEventWindowReader = (database: Database): EventWindowReader => {
  const lastPosition = database.prepare<[]>('SELECT MAX(position) FROM events').pluck()
  const queries = new Map<string, Statement<unknown[]>>()
  const readWindow = <Event>(
    kind: WindowKind<Event>,
    after: number,
    until: number,
    types: readonly string[] | undefined,
  ): Event[] => {
    const wanted = sortedTypes(types)
    const key = windowKey(kind, wanted)
    let query = queries.get(key)
    if (query === undefined) {
      queries.set(key, (query = database.prepare<unknown[]>(windowSql(kind, wanted)).pluck()))
    }
    return kind.decode(query.get(after, until, ...(wanted ?? [])) as string | null)
  }
  return {
    read: (after, until, types) => readWindow(FULL_WINDOW, after, until, types),
    readLean: (after, until, types) => readWindow(LEAN_WINDOW, after, until, types),
    lastPosition: () => (lastPosition.get() as number | null) ?? 0,
  }
}
