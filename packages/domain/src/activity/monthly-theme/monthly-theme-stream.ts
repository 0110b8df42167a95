/** The stream name of a month's theme: `theme-<YYYY-MM>`. */
export const monthlyThemeStream = (month: string): string => `theme-${month}`
