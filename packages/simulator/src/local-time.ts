const DAY_MS = 86_400_000
const CST_OFFSET_MS = 8 * 3_600_000

/** Milliseconds of a local (China Standard Time) day of a year (0 = 1 January) and minute of day. */
export const localInstant = (year: number, dayOfYear: number, minuteOfDay: number): number =>
  Date.UTC(year, 0, 1) + dayOfYear * DAY_MS + minuteOfDay * 60_000 - CST_OFFSET_MS

/** The ISO-8601 UTC form of an instant, as command metadata carries it. */
export const iso = (ms: number): string => new Date(ms).toISOString()

/** The local calendar date (`YYYY-MM-DD`) of an instant. */
export const localDate = (ms: number): string =>
  new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10)

/** The local day number (days since 1970-01-01) of an instant. */
export const localDayNumber = (ms: number): number => Math.floor((ms + CST_OFFSET_MS) / DAY_MS)

/** How many days a year has. */
export const daysInYear = (year: number): number =>
  (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS

/** The day of the year (0-based) of a month (1-12) and day of month in `year`. */
export const dayOfYear = (year: number, month: number, day: number): number =>
  (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / DAY_MS

/** 0 = Sunday ... 6 = Saturday, for a day of the year. */
export const weekday = (year: number, day: number): number =>
  new Date(Date.UTC(year, 0, 1) + day * DAY_MS).getUTCDay()
