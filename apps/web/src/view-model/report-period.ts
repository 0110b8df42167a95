/** The years the report page offers: from the newest year with data back to 2020, newest first. */
export const reportYears = (newest: number, oldest = 2020): string[] => {
  const years: string[] = []
  for (let year = Math.max(newest, oldest); year >= oldest; year--) years.push(String(year))
  return years
}

/** The year a report opens on: the newest order's (a demo of 2022), else this year. */
export const defaultReportYear = (newestOrderAt: string | null, now: Date): string =>
  newestOrderAt !== null && /^\d{4}/.test(newestOrderAt) ? newestOrderAt.slice(0, 4) : String(now.getFullYear())
