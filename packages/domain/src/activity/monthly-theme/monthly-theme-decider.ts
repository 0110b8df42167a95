import type { Decider } from '@wenming/event-store'
import type { MonthlyThemeCommand } from './commands.js'
import { decideMonthlyTheme } from './decide.js'
import type { MonthlyThemeError } from './errors.js'
import type { MonthlyThemeEvent } from './events.js'
import { evolveMonthlyTheme } from './evolve.js'
import { initialMonthlyThemeState, type MonthlyThemeState } from './state.js'

/**
 * A month's theme (`theme-<YYYY-MM>`), set by the centre; activities carry it as `themeMonth`.
 *
 * @example
 * monthlyThemeDecider.decide(setMonthlyTheme, monthlyThemeDecider.initialState)
 */
export const monthlyThemeDecider: Decider<
  MonthlyThemeCommand,
  MonthlyThemeEvent,
  MonthlyThemeState,
  MonthlyThemeError
> = {
  initialState: initialMonthlyThemeState,
  evolve: evolveMonthlyTheme,
  decide: decideMonthlyTheme,
}
