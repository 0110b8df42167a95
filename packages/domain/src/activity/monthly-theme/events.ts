import { z } from 'zod'
import { idSchema, timestampSchema } from '../../shared/scalars.js'
import { yearMonthSchema } from '../year-month.js'

/** The centre set (or revised) the theme of a month; activities of that month may carry it. */
export const monthlyThemeSetSchema = z.object({
  type: z.literal('MonthlyThemeSet'),
  data: z.object({
    month: yearMonthSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    by: idSchema,
    at: timestampSchema,
  }),
})

/** Every event of a `theme-<YYYY-MM>` stream. */
export const monthlyThemeEventSchema = z.discriminatedUnion('type', [monthlyThemeSetSchema])

/** A `MonthlyThemeSet` event. */
export type MonthlyThemeSet = z.infer<typeof monthlyThemeSetSchema>
/** An event of a monthly theme stream. */
export type MonthlyThemeEvent = z.infer<typeof monthlyThemeEventSchema>
/** The type tag of a monthly theme event. */
export type MonthlyThemeEventType = MonthlyThemeEvent['type']

/** The schema version of each monthly theme event type, written into event metadata. */
export const monthlyThemeEventSchemaVersions: Record<MonthlyThemeEventType, number> = {
  MonthlyThemeSet: 1,
}
