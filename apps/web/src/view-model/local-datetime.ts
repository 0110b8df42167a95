/** `YYYY-MM-DDTHH:mm` of a date in the browser's zone, as an `<input type="datetime-local">` holds it. */
export const toLocalInput = (date: Date): string => {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** The instant a datetime-local value means in the browser's zone, as ISO 8601; null if empty or bad. */
export const fromLocalInput = (value: string): string | null => {
  if (value.trim() === '') return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** Tomorrow at nine in the browser's zone: the default wanted time of a 点单. */
export const tomorrowAtNine = (now: Date): Date => {
  const date = new Date(now)
  date.setDate(date.getDate() + 1)
  date.setHours(9, 0, 0, 0)
  return date
}
