/** A month's theme: not set yet, or its latest title and description. */
export type MonthlyThemeState =
  | { readonly status: 'unset' }
  | {
      readonly status: 'set'
      readonly month: string
      readonly title: string
      readonly description?: string
    }

/** The state of a monthly theme stream before its first event. */
export const initialMonthlyThemeState: MonthlyThemeState = { status: 'unset' }
