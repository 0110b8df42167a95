import type { LeanEvent, RecordedEvent } from '@wenming/event-store'

/**
 * An events row as pg returns it in array mode (json columns parsed, bigints as numbers, the
 * time as epoch milliseconds: pg's own timestamp parser costs more than the rest of the row).
 */
export type EventRow = [
  position: number,
  streamName: string,
  revision: number,
  id: string,
  type: string,
  data: unknown,
  metadata: Record<string, unknown> | null,
  recordedAtMs: number,
]

/** The columns of {@link EventRow}, for SELECTs. */
export const EVENT_COLUMNS =
  'position, stream_name, revision, id, type, data, metadata, ' +
  '(extract(epoch FROM recorded_at) * 1000)::int8'

/** The columns of a lean event, in array mode. */
export const LEAN_COLUMNS = 'position, type, data'

/** A row as a {@link RecordedEvent}; metadata only when stored. */
export const decodeEvent = (row: EventRow): RecordedEvent => {
  const event: RecordedEvent = {
    id: row[3],
    streamName: row[1],
    revision: row[2],
    position: row[0],
    recordedAt: new Date(row[7]),
    type: row[4],
    data: row[5],
  }
  if (row[6] !== null) event.metadata = row[6]
  return event
}

/** A lean row as a {@link LeanEvent}. */
export const decodeLeanEvent = (row: [number, string, unknown]): LeanEvent => ({
  position: row[0],
  type: row[1],
  data: row[2],
})
