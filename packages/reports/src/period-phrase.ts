import { chineseDate } from './chinese-date.js'
import { reportPeriod } from './report-period.js'

/**
 * How a district's report opens a sentence about the period: 一年来 for a calendar year, 本月 for a
 * calendar month, otherwise the dates.
 */
export const periodPhrase = (from: string, to: string): string => {
  const year = from.slice(0, 4)
  const asYear = reportPeriod(year)
  if (asYear.from === from && asYear.to === to) return '一年来'
  const asMonth = reportPeriod(from.slice(0, 7))
  if (asMonth.from === from && asMonth.to === to) return '本月'
  return `${chineseDate(from)}至${chineseDate(to)}期间`
}
