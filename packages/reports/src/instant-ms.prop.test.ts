import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { instantMs } from './instant-ms.js'

describe('instantMs', () => {
  it('agrees with Date.parse on every instant in the domain form', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
        (date) => {
          const at = date.toISOString()
          expect(instantMs(at)).toBe(Date.parse(at))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('falls back to Date.parse for other ISO-8601 forms', () => {
    expect(instantMs('2022-03-01T08:00:00+08:00')).toBe(Date.parse('2022-03-01T00:00:00Z'))
    expect(instantMs('2022-03-01T08:00:00Z')).toBe(Date.parse('2022-03-01T08:00:00Z'))
  })
})
