import { START, type Position } from '@eventstore/db-client'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toEsdbPosition, toEsdbReadStart, toGlobalPosition } from './esdb-position.js'

const at = (commit: bigint): Position => ({ commit, prepare: commit })

// A transaction log as the server sees it: events at strictly increasing commit positions. A read
// may start only at one of them (a record boundary) and is inclusive, as the server's is.
const serverRead = (log: readonly bigint[], from: ReturnType<typeof toEsdbReadStart>['from']) => {
  if (from === START) return log
  if (from === 'end') return []
  const index = log.indexOf(from.commit)
  if (index === -1) throw new Error(`${from.commit} is not a record boundary`)
  return log.slice(index)
}

const logs = fc
  .uniqueArray(fc.bigInt({ min: 0n, max: 2n ** 40n }), { minLength: 1, maxLength: 30 })
  .map((commits) => [...commits].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))

describe('global positions from EventStoreDB log positions', () => {
  it('gives an event at commit C the position 2C + 1, so the first is at least 1', () => {
    expect(toGlobalPosition(at(0n))).toBe(1)
    expect(toGlobalPosition(at(1234n))).toBe(2469)
  })

  it('keeps $all order: positions increase strictly with the commit position', () => {
    fc.assert(
      fc.property(logs, (log) => {
        const positions = log.map((commit) => toGlobalPosition(at(commit)))
        positions.forEach((position, i) => {
          expect(position).toBeGreaterThanOrEqual(1)
          if (i > 0) expect(position).toBeGreaterThan(positions[i - 1]!)
        })
      }),
    )
  })

  it('maps a global position back to the log position it came from', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 52n - 1n }), (commit) => {
        expect(toEsdbPosition(toGlobalPosition(at(commit)))).toEqual(at(commit))
      }),
    )
  })

  it('refuses positions of explicit transactions, missing positions and even numbers', () => {
    expect(() => toGlobalPosition({ commit: 200n, prepare: 100n })).toThrow(/explicit/)
    expect(() => toGlobalPosition(at(2n ** 64n - 1n))).toThrow(/22.10/)
    expect(() => toEsdbPosition(8)).toThrow(RangeError)
    expect(() => toEsdbPosition(0)).toThrow(RangeError)
  })

  it('reads from the start for positions 0 and 1 (and anything below)', () => {
    expect(toEsdbReadStart(0)).toEqual({ from: START, minPosition: 1 })
    expect(toEsdbReadStart(1)).toEqual({ from: START, minPosition: 1 })
    expect(toEsdbReadStart(-5)).toEqual({ from: START, minPosition: 1 })
  })

  it('reads inclusively from an event position, and from checkpoint + 1 exactly after it', () => {
    fc.assert(
      fc.property(logs, fc.nat(), fc.boolean(), (log, pick, afterIt) => {
        const index = pick % log.length
        const position = toGlobalPosition(at(log[index]!))
        const { from, minPosition } = toEsdbReadStart(afterIt ? position + 1 : position)
        const read = serverRead(log, from)
          .map((commit) => toGlobalPosition(at(commit)))
          .filter((p) => p >= minPosition)
        const expected = log
          .slice(afterIt ? index + 1 : index)
          .map((commit) => toGlobalPosition(at(commit)))
        expect(read).toEqual(expected)
      }),
    )
  })
})
