import { z } from 'zod'
import { commandMetadataSchema } from '../../shared/command-metadata.js'
import { yearMonthSchema } from '../year-month.js'

/** Set (or revise) the theme of a month. */
export const setMonthlyThemeSchema = z.object({
  type: z.literal('SetMonthlyTheme'),
  data: z.object({
    month: yearMonthSchema,
    title: z.string().min(1),
    description: z.string().optional(),
  }),
  metadata: commandMetadataSchema,
})

/** Every command of a monthly theme stream. */
export const monthlyThemeCommandSchema = z.discriminatedUnion('type', [setMonthlyThemeSchema])

/** A `SetMonthlyTheme` command. */
export type SetMonthlyTheme = z.infer<typeof setMonthlyThemeSchema>
/** A command to a monthly theme stream. */
export type MonthlyThemeCommand = z.infer<typeof monthlyThemeCommandSchema>
