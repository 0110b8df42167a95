import type { LeanEvent, RecordedEvent } from '@wenming/event-store'
import {
  batchJsonSql,
  decodeEventBatch,
  decodeLeanBatch,
  EVENT_JSON_SQL,
  LEAN_EVENT_JSON_SQL,
} from './event-json.js'
import type { EventWindowReader } from './event-window-reader.js'

/** What a window reads of each event: the SQL of one row's JSON text, and how a window decodes. */
export type WindowKind<Event> = {
  /** Tells kinds apart in statement and read-ahead keys. */
  readonly name: 'full' | 'lean'
  readonly rowJson: string
  readonly decode: (json: string | null) => Event[]
  /** Reads a window of this kind with an in-thread reader. */
  readonly readWith: (
    reader: EventWindowReader,
    after: number,
    until: number,
    types: readonly string[] | undefined,
  ) => Event[]
}

/** Windows of whole recorded events. */
export const FULL_WINDOW: WindowKind<RecordedEvent> = {
  name: 'full',
  rowJson: EVENT_JSON_SQL,
  decode: (json) => decodeEventBatch(json, 'position'),
  readWith: (reader, after, until, types) => reader.read(after, until, types),
}

/** Windows of lean events: type, data and position only, the rest of each event left unread. */
export const LEAN_WINDOW: WindowKind<LeanEvent> = {
  name: 'lean',
  rowJson: LEAN_EVENT_JSON_SQL,
  decode: decodeLeanBatch,
  readWith: (reader, after, until, types) => reader.readLean(after, until, types),
}

/** A window's type filter in a canonical order, so equal filters share a statement and a key. */
export const sortedTypes = (types: readonly string[] | undefined): string[] | undefined =>
  types === undefined ? undefined : [...types].sort()

/** A key that tells type filters apart (all types: `'*'`). */
export const typesKey = (types: readonly string[] | undefined): string =>
  types === undefined ? '*' : types.join('\u0000')

/** A key that tells windows of different kinds or type filters (sorted) apart. */
export const windowKey = (
  kind: WindowKind<unknown>,
  types: readonly string[] | undefined,
): string => `${kind.name}:${typesKey(types)}`

/**
 * SQL for the events at positions `after < position <= until` (bound in that order, then the
 * types), only those of `types` if given, each as `kind`'s JSON text, as one JSON text in position
 * order.
 */
export const windowSql = (
  kind: WindowKind<unknown>,
  types: readonly string[] | undefined,
): string =>
  batchJsonSql(
    kind.rowJson,
    'FROM events WHERE position > ? AND position <= ?' +
      (types === undefined ? '' : ` AND type IN (${types.map(() => '?').join(', ')})`) +
      ' ORDER BY position',
  )
