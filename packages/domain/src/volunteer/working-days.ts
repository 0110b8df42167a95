const dayMs = 86_400_000

const toDay = (date: string): number => Date.parse(`${date}T00:00:00.000Z`) / dayMs

const toDate = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10)

/**
 * The calendar date `count` working days (Monday to Friday) after `date` (`YYYY-MM-DD`): the
 * recording deadline of Art 11 is `addWorkingDays(end, 10)`. Public holidays are not known here.
 */
export const addWorkingDays = (date: string, count: number): string => {
  let day = toDay(date)
  let left = count
  while (left > 0) {
    day += 1
    const weekday = new Date(day * dayMs).getUTCDay()
    if (weekday !== 0 && weekday !== 6) left -= 1
  }
  return toDate(day)
}

/** Days of the recording deadline (Art 11 of the 办法). */
export const RECORDING_DEADLINE_WORKING_DAYS = 10
