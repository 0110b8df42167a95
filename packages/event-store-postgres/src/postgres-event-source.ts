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
 * An {@link EventSource} over the PostgreSQL log: a window of positions after a position, filtered
 * by type and district in SQL, never past the last committed position (every event up to it is
 * visible, so a window never ends before an event that could still appear). A district's source
 * reads only its partition.
 */
export const postgresEventSource = (
  log: PostgresLog,
): EventSource & Required<Pick<EventSource, 'readLean' | 'lastPosition'>> => {
  let lastSeen = 0
  const readWindow = async <Event extends LeanEvent>(
    after: number,
    limit: number,
    types: ReadonlySet<string> | undefined,
    columns: string,
    decode: (row: never) => Event,
  ): Promise<EventBatch<Event>> => {
    await log.ready()
    if (after + limit >= lastSeen) lastSeen = await log.lastPosition()
    // A window of `limit` positions, as the runner counts them (a district's are sparse).
    const until = Math.min(lastSeen, after + limit)
    if (until <= after) return { events: [], position: after, end: true }
    const params: unknown[] = [after, until, limit]
    let where = 'position > $1 AND position <= $2'
    if (log.readDistrict !== undefined) where += ` AND district = $${params.push(log.readDistrict)}`
    if (types !== undefined) where += ` AND type = ANY ($${params.push([...types])})`
    const rows = await withRetries(
      log.server,
      async () =>
        (
          await log.pool.query({
            text: `SELECT ${columns} FROM wenming_events WHERE ${where} ORDER BY position LIMIT $3`,
            values: params,
            rowMode: 'array',
          })
        ).rows as never[],
      true,
    )
    return { events: await log.open(rows.map(decode)), position: until, end: until >= lastSeen }
  }
  return {
    read: (after, limit, types) =>
      readWindow<RecordedEvent>(after, limit, types, EVENT_COLUMNS, (row: EventRow) =>
        decodeEvent(row),
      ),
    readLean: (after, limit, types) =>
      readWindow<LeanEvent>(after, limit, types, LEAN_COLUMNS, (row: [number, string, unknown]) =>
        decodeLeanEvent(row),
      ),
    lastPosition: async () => {
      await log.ready()
      return (lastSeen = await log.lastPosition())
    },
  }
}
