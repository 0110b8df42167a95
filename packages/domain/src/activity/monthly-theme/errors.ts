/** Why a monthly theme stream refused a command: readonly data, never thrown. */
export type MonthlyThemeError =
  | { readonly type: 'ThemeMonthInvalid'; readonly month: string }
  | { readonly type: 'ThemeTitleMissing'; readonly month: string }
  | { readonly type: 'ThemeMonthMismatch'; readonly month: string; readonly commandMonth: string }
