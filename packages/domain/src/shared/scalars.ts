import { z } from 'zod'

/** An instant as ISO-8601 UTC (`2026-03-01T08:00:00.000Z`). */
export const timestampSchema = z.iso.datetime()

/** A calendar date as ISO-8601 (`2026-03-01`). */
export const calendarDateSchema = z.iso.date()

/** The longest id any resource may have, so that every URL naming one stays short. */
export const ID_MAX_LENGTH = 100

/**
 * The characters of an id: RFC 3986's unreserved ones (ASCII letters, digits, `-`, `.`, `_`, `~`),
 * not starting with `.`; so an id is a URL path segment as it stands, never `.` or `..`.
 */
export const ID_PATTERN = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/

/**
 * An identifier of any resource (site, team, order, volunteer, cluster, ...): 1 to
 * {@link ID_MAX_LENGTH} characters matching {@link ID_PATTERN}.
 */
export const idSchema = z
  .string()
  .max(ID_MAX_LENGTH, `must be at most ${ID_MAX_LENGTH} characters`)
  .regex(ID_PATTERN, 'must be ASCII letters, digits, -, ., _ or ~, not starting with .')
