import type { RecordedEvent } from '@wenming/event-store'

/** An events row as pg returns it (json columns already parsed, bigints as numbers). */
export type EventRow = {
  position: number
  stream_name: string
  revision: number
  id: string
  type: string
  data: unknown
  metadata: Record<string, unknown> | null
  recorded_at: Date
}

/** The columns of {@link EventRow}, for SELECTs. */
export const EVENT_COLUMNS =
  'position, stream_name, revision, id, type, data, metadata, recorded_at'

/** The columns of a lean event (type, data, position). */
export const LEAN_COLUMNS = 'position, type, data'

/** A row as a {@link RecordedEvent}; metadata only when stored. */
export const decodeEvent = (row: EventRow): RecordedEvent => {
  const event: RecordedEvent = {
    id: row.id,
    streamName: row.stream_name,
    revision: row.revision,
    position: row.position,
    recordedAt: row.recorded_at,
    type: row.type,
    data: row.data,
  }
  if (row.metadata !== null) event.metadata = row.metadata
  return event
}
