import type { LeanEvent, RecordedEvent } from '@wenming/event-store'

/**
 * How one stored event reads back. A row keeps the event in two JSON texts: `head`, the array
 * `[position, streamName, revision, id, type, recordedAt, metadata]`, and `data`, the payload (NULL
 * when it is undefined), so a lean read can leave the head (more than half the bytes) unparsed. A
 * read asks SQLite to join a batch of rows into one flat JSON array, each event's fields one after
 * the other (`position, ..., metadata, data?` for a whole event, `position, type, data?` for a lean
 * one): a batch of 1,024 events costs one string and one `JSON.parse` instead of eight columns and
 * two parses per row, and no array per event (an array per event parsed about a tenth slower). An
 * event without data has one field fewer and a negated position, which tells the decoder so
 * (positions start at 1).
 */
type EventHead = [number, string, number, string, string, number, Record<string, unknown>]

const NON_ASCII = /[\u0080-\uffff]/g

const escapeCodeUnit = (unit: string): string =>
  `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * A value's JSON text in ASCII: characters beyond it (Chinese names and addresses) are written as
 * `\uXXXX` escapes, which JSON reads back as the same string. A batch of ASCII text becomes a
 * one-byte JavaScript string without UTF-8 decoding, which reads a log of Chinese-language events
 * back about a tenth faster and halves the batch string's memory.
 */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(NON_ASCII, escapeCodeUnit)

/** The `head` and `data` column texts of one event (`data` NULL when the event has none). */
export type EncodedEvent = { head: string; data: string | null }

/** Encodes one event into its `head` and `data` columns, both in ASCII. */
export const encodeEvent = (
  position: number,
  streamName: string,
  revision: number,
  id: string,
  type: string,
  recordedAt: number,
  metadata: Record<string, unknown> | undefined,
  data: unknown,
): EncodedEvent => {
  const head: EventHead = [position, streamName, revision, id, type, recordedAt, metadata ?? {}]
  return { head: asciiJson(head), data: data === undefined ? null : asciiJson(data) }
}

/**
 * SQL for one row's whole event in a batch's flat array, `position, streamName, revision, id, type,
 * recordedAt, metadata, data`, from its `head` and `data` columns; without data (NULL), `-position`
 * and no data field. The head always ends in `}]` (its last element, the metadata, is always an
 * object), so `rtrim` takes off exactly its closing bracket and `substr` its opening one.
 */
export const EVENT_JSON_SQL = `iif(data IS NULL, '-', '') || substr(rtrim(head, ']'), 2) || ifnull(',' || data, '')`

/**
 * SQL for one row's lean event in a batch's flat array, `position, type, data`, the head left
 * unread; without data, `-position, type`. The `type` column holds plain text, so SQLite quotes it
 * as JSON.
 */
export const LEAN_EVENT_JSON_SQL = `iif(data IS NULL, -position, position) || ',' || json_quote(type) || ifnull(',' || data, '')`

/**
 * SQL for one batch: the rows `rows` selects (`FROM events WHERE ... ORDER BY ... LIMIT ...`, in
 * cursor order), each as the fields `rowJson` makes of it, joined into one flat JSON array; NULL
 * when there are none.
 */
export const batchJsonSql = (rowJson: string, rows: string): string =>
  `SELECT '[' || group_concat(event_json, ',') || ']' FROM (SELECT ${rowJson} AS event_json ${rows})`

/**
 * The events in the order of `cursor`. SQLite leaves `group_concat`'s order unspecified, so the
 * order is checked and the batch sorted in the rare case it is not already ascending.
 */
const inCursorOrder = <Event extends Record<Cursor, number>, Cursor extends string>(
  events: Event[],
  cursor: Cursor,
): Event[] => {
  for (let i = 1; i < events.length; i++) {
    if (events[i - 1]![cursor] > events[i]![cursor]) {
      return events.sort((a, b) => a[cursor] - b[cursor])
    }
  }
  return events
}

/** Decodes a batch's flat array of whole events ({@link EVENT_JSON_SQL}), in `cursor` order. */
export const decodeEventBatch = (
  json: string | null,
  cursor: 'position' | 'revision',
): RecordedEvent[] => {
  if (json === null) return []
  const fields = JSON.parse(json) as unknown[]
  const events: RecordedEvent[] = []
  for (let i = 0; i < fields.length;) {
    const signedPosition = fields[i] as number
    const hasData = signedPosition > 0
    events.push({
      type: fields[i + 4] as string,
      data: hasData ? fields[i + 7] : undefined,
      metadata: fields[i + 6] as Record<string, unknown>,
      id: fields[i + 3] as string,
      streamName: fields[i + 1] as string,
      revision: fields[i + 2] as number,
      position: hasData ? signedPosition : -signedPosition,
      recordedAt: new Date(fields[i + 5] as number),
    })
    i += hasData ? 8 : 7
  }
  return inCursorOrder(events, cursor)
}

/** Decodes a batch's flat array of lean events ({@link LEAN_EVENT_JSON_SQL}), in position order. */
export const decodeLeanBatch = (json: string | null): LeanEvent[] => {
  if (json === null) return []
  const fields = JSON.parse(json) as unknown[]
  const events: LeanEvent[] = []
  for (let i = 0; i < fields.length;) {
    const signedPosition = fields[i] as number
    const hasData = signedPosition > 0
    events.push({
      type: fields[i + 1] as string,
      data: hasData ? fields[i + 2] : undefined,
      position: hasData ? signedPosition : -signedPosition,
    })
    i += hasData ? 3 : 2
  }
  return inCursorOrder(events, 'position')
}
