import { InvalidArgumentError } from 'commander'

/** Parses a whole number option (`--port`, `--limit`), refusing anything else as a usage error. */
export const integerOption =
  (min: number) =>
  (value: string): number => {
    if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number')
    const number = Number(value)
    if (number < min) throw new InvalidArgumentError(`must be at least ${min}`)
    return number
  }

/** Parses a report period (`2022`, `2022-03`, `2022-03-08`), refusing one that is not a date. */
export const periodOption = (value: string): string => {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
    throw new InvalidArgumentError('must be a year (2022), a month (2022-03) or a day (2022-03-08)')
  const [year, month = '01', day = '01'] = value.split('-')
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  if (date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`)
    throw new InvalidArgumentError(`${value} is not a calendar date`)
  return value
}

/** Parses a year (`2022`). */
export const yearOption = (value: string): number => {
  if (!/^[1-9]\d{3}$/.test(value))
    throw new InvalidArgumentError('must be a four-digit year such as 2022')
  return Number(value)
}
