import { timestampSchema } from '@wenming/domain'
import { z } from 'zod'

/** Already as stored: what `Date.prototype.toISOString` writes (most clients send this). */
const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/** ISO-8601 date and time with a UTC offset or `Z` (seconds and fractions optional). */
const OFFSET_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/

const isTimestamp = (schema: unknown): boolean =>
  schema === timestampSchema ||
  (schema instanceof z.ZodOptional && schema.unwrap() === timestampSchema) ||
  (schema instanceof z.ZodNullable && schema.unwrap() === timestampSchema)

/**
 * The fields of a command's data shape that are instants (the domain's `timestampSchema`): the
 * HTTP edge accepts them with any offset (`2022-03-02T17:00:00+08:00`) and stores them in UTC.
 */
export const timestampFields = (shape: Record<string, unknown>): readonly string[] =>
  Object.entries(shape)
    .filter(([, schema]) => isTimestamp(schema))
    .map(([key]) => key)

/** What the edge accepts for an instant: ISO-8601 with `Z` or any offset. */
export const offsetTimestampSchema = z.iso
  .datetime({ offset: true })
  .describe('An instant, ISO-8601 with Z or an offset (2022-03-02T17:00:00+08:00); stored in UTC')

/** `shape` with its instant fields accepting any offset (optional ones stay optional). */
export const withOffsetTimestamps = (
  shape: Record<string, z.ZodType>,
  fields: readonly string[],
): Record<string, z.ZodType> =>
  Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => {
      if (!fields.includes(key)) return [key, schema]
      if (schema instanceof z.ZodOptional) return [key, offsetTimestampSchema.optional()]
      if (schema instanceof z.ZodNullable) return [key, offsetTimestampSchema.nullable()]
      return [key, offsetTimestampSchema]
    }),
  )

/** `data` with each of `fields` that is an ISO-8601 instant with an offset rewritten in UTC. */
export const toUtcTimestamps = (
  data: Record<string, unknown>,
  fields: readonly string[],
): Record<string, unknown> => {
  for (const field of fields) {
    const value = data[field]
    if (typeof value !== 'string' || CANONICAL_UTC.test(value)) continue
    if (!OFFSET_DATETIME.test(value)) continue
    const ms = Date.parse(value)
    if (!Number.isNaN(ms)) data[field] = new Date(ms).toISOString()
  }
  return data
}
