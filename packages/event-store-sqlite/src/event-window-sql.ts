import { batchJsonSql } from './event-json.js'

/** A window's type filter in a canonical order, so equal filters share a statement and a key. */
export const sortedTypes = (types: readonly string[] | undefined): string[] | undefined =>
  types === undefined ? undefined : [...types].sort()

/** A key that tells type filters apart (all types: `'*'`). */
export const typesKey = (types: readonly string[] | undefined): string =>
  types === undefined ? '*' : types.join('\u0000')

/**
 * SQL for the events at positions `after < position <= until` (bound in that order, then the
 * types), only those of `types` if given, as one JSON text in position order.
 */
export const windowSql = (types: readonly string[] | undefined): string =>
  batchJsonSql(
    'SELECT event FROM events WHERE position > ? AND position <= ?' +
      (types === undefined ? '' : ` AND type IN (${types.map(() => '?').join(', ')})`) +
      ' ORDER BY position',
  )
