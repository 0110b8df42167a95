const DAY_MS = 86_400_000

/** China Standard Time, the zone a district's report days are counted in unless told otherwise. */
export const DEFAULT_UTC_OFFSET_MINUTES = 480

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The local calendar day (days since 1970-01-01) of an ISO-8601 instant, or NaN if unparsable. */
export const dayOfInstant = (at: string, utcOffsetMinutes: number): number =>
  Math.floor((Date.parse(at) + utcOffsetMinutes * 60_000) / DAY_MS)

/** The day number of a `YYYY-MM-DD` date; throws a RangeError for anything else. */
export const dayOfDate = (date: string): number => {
  const ms = DATE.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN
  if (Number.isNaN(ms)) throw new RangeError(`Expected a date as YYYY-MM-DD, got '${date}'`)
  return ms / DAY_MS
}

/** The `YYYY-MM-DD` date of a day number. */
export const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** The `YYYY-MM` month of a day number. */
export const monthOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 7)
