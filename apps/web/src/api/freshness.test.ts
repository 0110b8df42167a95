import { describe, expect, it } from 'vitest'
import { freshnessOf, leastFresh } from './freshness'

describe('freshness', () => {
  const at = new Date('2026-12-03T12:00:00Z')

  it('reads the projection headers', () => {
    const headers = new Headers({ 'x-projection-checkpoint': '812', 'x-projection-behind': '3' })
    expect(freshnessOf(headers, at)).toEqual({ checkpoint: 812, behind: 3, readAt: at })
    expect(freshnessOf(new Headers(), at)).toBeNull()
  })

  it('takes the least fresh of several reads', () => {
    const a = { checkpoint: 9, behind: 0, readAt: at }
    const b = { checkpoint: 7, behind: 2, readAt: at }
    expect(leastFresh([a, null, b])).toBe(b)
    expect(leastFresh([null])).toBeNull()
  })
})
