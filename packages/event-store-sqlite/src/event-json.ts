import type { LeanEvent, RecordedEvent } from '@wenming/event-store'

/**
 * How one stored event reads back. A row keeps the event in two JSON texts: `head`, the array
 * `[position, streamName, revision, id, type, recordedAt, metadata]`, and `data`, the payload (NULL
 * when it is undefined), so a lean read can leave the head (more than half the bytes) unparsed. A
 * read asks SQLite to build each row's array, `[position, ..., metadata, data?]` for a whole event
 * or `[position, type, data?]` for a lean one, and to join a batch of them into one JSON text: a
 * batch of 1,024 events costs one string and one `JSON.parse` instead of eight columns and two
 * parses per row (reading everything back is about a quarter faster than with a column per field).
 */
type EventHead = [number, string, number, string, string, number, Record<string, unknown>]
type EventArray = EventHead | [...EventHead, unknown]
type LeanArray = [number, string] | [number, string, unknown]

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
 * SQL for one row's whole event as the JSON array `[position, ..., metadata, data?]`, from its
 * `head` and `data` columns: the head always ends in `}]` (its last element, the metadata, is
 * always an object), so `rtrim` takes off exactly its closing bracket.
 */
export const EVENT_JSON_SQL = `rtrim(head, ']') || ifnull(',' || data, '') || ']'`

/**
 * SQL for one row's lean event as the JSON array `[position, type, data?]`, the head left unread;
 * the `type` column holds plain text, so SQLite quotes it as JSON.
 */
export const LEAN_EVENT_JSON_SQL = `'[' || position || ',' || json_quote(type) || ifnull(',' || data, '') || ']'`

/**
 * SQL for one batch: the rows `rows` selects (`FROM events WHERE ... ORDER BY ... LIMIT ...`, in
 * cursor order), each as the JSON text `rowJson` makes of it, joined into one JSON array; NULL when
 * there are none.
 */
export const batchJsonSql = (rowJson: string, rows: string): string =>
  `SELECT '[' || group_concat(event_json, ',') || ']' FROM (SELECT ${rowJson} AS event_json ${rows})`

const toRecordedEvent = (fields: EventArray): RecordedEvent => ({
  type: fields[4],
  data: fields[7],
  metadata: fields[6],
  id: fields[3],
  streamName: fields[1],
  revision: fields[2],
  position: fields[0],
  recordedAt: new Date(fields[5]),
})

const toLeanEvent = (fields: LeanArray): LeanEvent => ({
  type: fields[1],
  data: fields[2],
  position: fields[0],
})

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

/** Decodes a batch's JSON text of whole events ({@link EVENT_JSON_SQL}), in `cursor` order. */
export const decodeEventBatch = (
  json: string | null,
  cursor: 'position' | 'revision',
): RecordedEvent[] =>
  json === null
    ? []
    : inCursorOrder((JSON.parse(json) as EventArray[]).map(toRecordedEvent), cursor)

/** Decodes a batch's JSON text of lean events ({@link LEAN_EVENT_JSON_SQL}), in position order. */
export const decodeLeanBatch = (json: string | null): LeanEvent[] =>
  json === null ? [] : inCursorOrder((JSON.parse(json) as LeanArray[]).map(toLeanEvent), 'position')
