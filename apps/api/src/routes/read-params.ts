import { z } from 'zod'

/** An id in a path or query: bounded, like every id of the API. */
export const readId = z.string().min(1).max(200)

/** `true` / `false` in a query string. */
export const queryFlag = z.enum(['true', 'false']).transform((value) => value === 'true')

/** A month, `YYYY-MM`. */
export const monthParam = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month such as 2022-03')
  .describe('A month, YYYY-MM')

/** limit / offset paging of a list (default the first 100, at most 1,000 a page). */
export const paging = {
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('At most this many items'),
  offset: z.coerce.number().int().min(0).default(0).describe('Skip this many items first'),
}

/** The filter without its unset fields (exact optional properties). */
export const definedFields = <T extends object>(
  filter: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>
  }
