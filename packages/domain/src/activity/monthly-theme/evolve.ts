import { match } from 'ts-pattern'
import type { MonthlyThemeEvent } from './events.js'
import type { MonthlyThemeState } from './state.js'

/** Applies one monthly theme event: the latest theme set wins. */
export const evolveMonthlyTheme = (
  _state: MonthlyThemeState,
  event: MonthlyThemeEvent,
): MonthlyThemeState =>
  match(event)
    .returnType<MonthlyThemeState>()
    .with({ type: 'MonthlyThemeSet' }, ({ data }) => ({
      status: 'set',
      month: data.month,
      title: data.title,
      ...(data.description === undefined ? {} : { description: data.description }),
    }))
    .exhaustive()
