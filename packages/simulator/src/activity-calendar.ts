import { dayOfYear, weekday } from './local-time.js'
import type { Random } from './random.js'

/**
 * 我们的节日 of 2022: name, month, day and the share of festival activities it gets (other years
 * reuse the month and day, which is near enough for a simulation).
 */
export const FESTIVAL_DATES: readonly (readonly [string, number, number, number])[] = [
  ['春节', 2, 1, 0.2],
  ['元宵', 2, 15, 0.12],
  ['清明', 4, 5, 0.12],
  ['端午', 6, 3, 0.15],
  ['七夕', 8, 4, 0.06],
  ['中秋', 9, 10, 0.18],
  ['重阳', 10, 4, 0.17],
]

/** Which festival the `index`-th of `count` festival activities celebrates, by the shares above. */
export const festivalOf = (index: number, count: number): number => {
  const position = (index + 0.5) / count
  let cumulative = 0
  for (const [i, festival] of FESTIVAL_DATES.entries()) {
    cumulative += festival[3]
    if (position < cumulative) return i
  }
  return FESTIVAL_DATES.length - 1
}

/** The 11 main intersections of the central district where volunteers persuade traffic. */
export const INTERSECTIONS = [
  '八一路与滨江路口',
  '府前路与解放路口',
  '新建路与中山路口',
  '人民路与胜利街口',
  '滨江中路与水南桥口',
  '五一路与东大街口',
  '延福路与江汉路口',
  '玉屏路与大横路口',
  '建设路与梅山路口',
  '湖滨路与西门路口',
  '安济路与金山路口',
]

/** `count` distinct weekend days of the year (0-based days), in order, for weekly sessions. */
export const weekendDays = (
  random: Random,
  year: number,
  count: number,
  days: number,
): number[] => {
  const weekends: number[] = []
  for (let day = 7; day < days - 3; day++) {
    const dow = weekday(year, day)
    if (dow === 0 || dow === 6) weekends.push(day)
  }
  const picked = random.shuffle(weekends).slice(0, Math.min(count, weekends.length))
  while (picked.length < count) picked.push(random.pick(weekends))
  return picked.sort((a, b) => a - b)
}

/** A day of the year shortly before a festival (the festival itself or up to six days earlier). */
export const festivalDay = (random: Random, year: number, festival: number): number => {
  const [, month, day] = FESTIVAL_DATES[festival % FESTIVAL_DATES.length]!
  return Math.max(3, dayOfYear(year, month, day) - random.int(0, 6))
}
