import type { EventBatch, EventSource, LeanEvent, RecordedEvent } from '@wenming/event-store'
import {
  EVENT_COLUMNS,
  LEAN_COLUMNS,
  decodeEvent,
  decodeLeanEvent,
  type EventRow,
} from './decode-event.js'
import type { PostgresLog } from './postgres-event-store.js'
import { withRetries } from './with-retries.js'

/**
 * Positions per query of the whole log. Each query starts an index scan in every district's
 * partition, which costs however small the window (tools/bench/README.md, "National chunks"), so
 * the whole log is read in chunks of this many positions and the runner's smaller windows served
 * from them.
 */
const NATIONAL_CHUNK = 16_384

/** The events of `events` (in position order) after `after`, up to and including `until`. */
const between = <Event extends LeanEvent>(
  events: readonly Event[],
  after: number,
  until: number,
): Event[] => {
  const firstAfter = (position: number): number => {
    let low = 0
    let high = events.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (events[middle]!.position <= position) low = middle + 1
      else high = middle
    }
    return low
  }
  return events.slice(firstAfter(after), firstAfter(until))
}

/**
 * An {@link EventSource} over the PostgreSQL log: a window of positions after a position, filtered
 * by type and district in SQL, never past the last committed position (every event up to it is
 * visible, so a window never ends before an event that could still appear). A district's source
 * reads only its partition.
 */
export const postgresEventSource = (
  log: PostgresLog,
): EventSource & Required<Pick<EventSource, 'readLean' | 'lastPosition'>> => {
  let lastSeen = 0
  const district = log.readDistrict
  const readWindow = async <Event extends LeanEvent>(
    kind: string,
    after: number,
    limit: number,
    types: ReadonlySet<string> | undefined,
    columns: string,
    decode: (row: never) => Event,
  ): Promise<EventBatch<Event>> => {
    await log.ready()
    if (after + limit >= lastSeen || district !== undefined) lastSeen = await log.lastPosition()
    // The whole log: a window of `limit` positions, as the runner counts them. A district's
    // positions are sparse (~1 in 300 nationally), so its window is `limit` of its events up to
    // its last one: windows of positions would mean a query per handful of events.
    const until = district === undefined ? Math.min(lastSeen, after + limit) : lastSeen
    if (until <= after) return { events: [], position: after, end: true }
    const params: unknown[] = [after, until, limit]
    let where = 'position > $1 AND position <= $2'
    if (district !== undefined) where += ` AND district = $${params.push(district)}`
    if (types !== undefined) where += ` AND type = ANY ($${params.push([...types])})`
    // Named by its shape, so each connection plans it once (planning it over 300 partitions
    // costs more than running it).
    const name = `wenming_source_${kind}_${district === undefined ? 'all' : 'district'}_${
      types === undefined ? 'any' : 'typed'
    }`
    const rows = await withRetries(
      log.server,
      async () =>
        (
          await log.pool.query({
            name,
            text: `SELECT ${columns} FROM wenming_events WHERE ${where} ORDER BY position LIMIT $3`,
            values: params,
            rowMode: 'array',
          })
        ).rows as never[],
      true,
    )
    const events = await log.open(rows.map(decode))
    // A full window of a district ends at its last event; the next one starts after it.
    const last = events[events.length - 1]
    const reached = district !== undefined && events.length === limit ? last!.position : until
    return { events, position: reached, end: reached >= lastSeen }
  }
  // Read-ahead: after a window that is not the end, the next one (same size and types) is queried
  // on another pooled connection while the caller folds this one. A window once read stays right:
  // positions up to the last committed one never change.
  let ahead: { key: string; batch: Promise<EventBatch<LeanEvent>> } | undefined
  const keyOf = (kind: string, after: number, limit: number, types?: ReadonlySet<string>) =>
    `${kind} ${after} ${limit} ${types === undefined ? '*' : [...types].join(',')}`
  const readAhead = async <Event extends LeanEvent>(
    kind: string,
    after: number,
    limit: number,
    types: ReadonlySet<string> | undefined,
    read: (after: number) => Promise<EventBatch<Event>>,
  ): Promise<EventBatch<Event>> => {
    const key = keyOf(kind, after, limit, types)
    const pending = ahead?.key === key ? (ahead.batch as Promise<EventBatch<Event>>) : read(after)
    ahead = undefined
    const batch = await pending
    if (!batch.end && batch.position > after) {
      const next = read(batch.position)
      // Not awaited if the caller stops or asks for another window: its outcome is not wanted.
      next.catch(() => {})
      ahead = { key: keyOf(kind, batch.position, limit, types), batch: next }
    }
    return batch
  }
  // The whole log's chunk being served: the runner's windows inside it need no query.
  let chunk: { key: string; from: number; batch: EventBatch<LeanEvent> } | undefined
  const readSource = async <Event extends LeanEvent>(
    kind: string,
    after: number,
    limit: number,
    types: ReadonlySet<string> | undefined,
    columns: string,
    decode: (row: never) => Event,
  ): Promise<EventBatch<Event>> => {
    if (district !== undefined) {
      return readAhead(kind, after, limit, types, (from) =>
        readWindow(kind, from, limit, types, columns, decode),
      )
    }
    const size = Math.max(limit, NATIONAL_CHUNK)
    const key = keyOf(kind, 0, size, types)
    if (chunk?.key !== key || after < chunk.from || after >= chunk.batch.position) {
      const batch = await readAhead(kind, after, size, types, (from) =>
        readWindow(kind, from, size, types, columns, decode),
      )
      chunk = { key, from: after, batch }
    }
    const served = chunk.batch as EventBatch<Event>
    const until = Math.min(after + limit, served.position)
    return {
      events: between(served.events, after, until),
      position: until,
      end: served.end && until >= served.position,
    }
  }
  return {
    read: (after, limit, types) =>
      readSource<RecordedEvent>('whole', after, limit, types, EVENT_COLUMNS, (row: EventRow) =>
        decodeEvent(row),
      ),
    readLean: (after, limit, types) =>
      readSource<LeanEvent>(
        'lean',
        after,
        limit,
        types,
        LEAN_COLUMNS,
        (row: [number, string, unknown]) => decodeLeanEvent(row),
      ),
    lastPosition: async () => {
      await log.ready()
      return (lastSeen = await log.lastPosition())
    },
  }
}
