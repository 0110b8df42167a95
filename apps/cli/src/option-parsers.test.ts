import { InvalidArgumentError } from 'commander'
import { describe, expect, it } from 'vitest'
import { integerOption, periodOption, yearOption } from './option-parsers.js'

describe('the option parsers', () => {
  it('read a four-digit year and refuse anything else, a leading zero included', () => {
    expect(yearOption('2022')).toBe(2022)
    for (const bad of ['20x2', '22', '20222', '0999', ' 2022'])
      expect(() => yearOption(bad), bad).toThrow(InvalidArgumentError)
  })

  it('read a year, month or day that is on the calendar', () => {
    for (const good of ['2022', '2022-03', '2024-02-29']) expect(periodOption(good)).toBe(good)
    for (const bad of ['2022-13', '2023-02-29', '2022-3', '2022-03-8', 'march'])
      expect(() => periodOption(bad), bad).toThrow(InvalidArgumentError)
  })

  it('read whole numbers from a minimum', () => {
    expect(integerOption(1)('5')).toBe(5)
    expect(() => integerOption(1)('0')).toThrow(/at least 1/)
    expect(() => integerOption(0)('1.5')).toThrow(/whole number/)
  })
})
