import type { DecideResult } from '@wenming/event-store'
import { match } from 'ts-pattern'
import { isYearMonth } from '../year-month.js'
import type { MonthlyThemeCommand, SetMonthlyTheme } from './commands.js'
import type { MonthlyThemeError } from './errors.js'
import type { MonthlyThemeEvent } from './events.js'
import type { MonthlyThemeState } from './state.js'

type Result = DecideResult<MonthlyThemeEvent, MonthlyThemeError>

/**
 * Decides a monthly theme command: setting the theme a month already has records nothing;
 * a different title or description revises it.
 */
export const decideMonthlyTheme = (
  command: MonthlyThemeCommand,
  state: MonthlyThemeState,
): Result =>
  match(command)
    .returnType<Result>()
    .with({ type: 'SetMonthlyTheme' }, (setCommand) => setTheme(setCommand, state))
    .exhaustive()

const setTheme = ({ data, metadata }: SetMonthlyTheme, state: MonthlyThemeState): Result => {
  const { month } = data
  if (!isYearMonth(month)) return { ok: false, error: { type: 'ThemeMonthInvalid', month } }
  if (state.status === 'set' && state.month !== month) {
    return {
      ok: false,
      error: { type: 'ThemeMonthMismatch', month: state.month, commandMonth: month },
    }
  }
  if (data.title.trim() === '') return { ok: false, error: { type: 'ThemeTitleMissing', month } }
  if (
    state.status === 'set' &&
    state.title === data.title &&
    state.description === data.description
  ) {
    return { ok: true, events: [] }
  }
  return {
    ok: true,
    events: [
      {
        type: 'MonthlyThemeSet',
        data: {
          month,
          title: data.title,
          ...(data.description === undefined ? {} : { description: data.description }),
          by: metadata.actor.id,
          at: metadata.now,
        },
      },
    ],
  }
}
