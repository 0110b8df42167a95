import { z } from 'zod'

const yearMonthPattern = /^\d{4}-(0[1-9]|1[0-2])$/

/** A calendar month as `YYYY-MM` (for example `2022-10`). */
export const yearMonthSchema = z.string().regex(yearMonthPattern, 'expected YYYY-MM')

/** Whether `value` is a calendar month written `YYYY-MM`. */
export const isYearMonth = (value: string): boolean => yearMonthPattern.test(value)
