import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  fromEsdbCurrentRevision,
  fromEsdbExpectedRevision,
  toEsdbExpectedRevision,
} from './esdb-expected-revision.js'

describe('expected revision mapping', () => {
  it('maps the three names to the client constants of the same name', () => {
    expect(toEsdbExpectedRevision('any')).toBe('any')
    expect(toEsdbExpectedRevision('no_stream')).toBe('no_stream')
    expect(toEsdbExpectedRevision('stream_exists')).toBe('stream_exists')
  })

  it('maps a revision number to the bigint the client sends', () => {
    expect(toEsdbExpectedRevision(0)).toBe(0n)
    expect(toEsdbExpectedRevision(41)).toBe(41n)
  })

  it('rejects revisions that are negative or not integers', () => {
    expect(() => toEsdbExpectedRevision(-1)).toThrow(RangeError)
    expect(() => toEsdbExpectedRevision(1.5)).toThrow(RangeError)
    expect(() => toEsdbExpectedRevision(Number.NaN)).toThrow(RangeError)
  })

  it('round-trips every expected revision through the client form', () => {
    const expected = fc.oneof(
      fc.constantFrom('any' as const, 'no_stream' as const, 'stream_exists' as const),
      fc.maxSafeNat(),
    )
    fc.assert(
      fc.property(expected, (revision) => {
        expect(fromEsdbExpectedRevision(toEsdbExpectedRevision(revision))).toBe(revision)
      }),
    )
  })

  it("reads the server's current revision: a number, or no stream for 'no_stream' and -1", () => {
    expect(fromEsdbCurrentRevision(7n)).toBe(7)
    expect(fromEsdbCurrentRevision(0n)).toBe(0)
    expect(fromEsdbCurrentRevision('no_stream')).toBe('no_stream')
    expect(fromEsdbCurrentRevision(-1n)).toBe('no_stream')
  })

  it('refuses a server revision that a number cannot hold', () => {
    expect(() => fromEsdbCurrentRevision(2n ** 60n)).toThrow(RangeError)
  })
})
