import { dateOfDay, dayOfDate } from './calendar-day.js'

/** A report period: first and last day, inclusive, as `YYYY-MM-DD`. */
export type ReportPeriod = { from: string; to: string }

/**
 * The period of a year (`'2022'`), a month (`'2022-03'`) or a day (`'2022-03-08'`).
 *
 * @example
 * reportPeriod('2022') // { from: '2022-01-01', to: '2022-12-31' }
 */
export const reportPeriod = (spec: string): ReportPeriod => {
  if (/^\d{4}$/.test(spec)) return { from: `${spec}-01-01`, to: `${spec}-12-31` }
  const month = /^(\d{4})-(\d{2})$/.exec(spec)
  if (month) {
    const year = Number(month[1])
    const index = Number(month[2])
    const first = dayOfDate(`${spec}-01`)
    const next = Date.UTC(year, index, 1) / 86_400_000
    return { from: dateOfDay(first), to: dateOfDay(next - 1) }
  }
  dayOfDate(spec)
  return { from: spec, to: spec }
}
