import { describe, expect, it } from 'vitest'
import { parseSimulateArgs } from './parse-simulate-args.js'

describe('parseSimulateArgs', () => {
  it('defaults to the 2022 profile, seed and year with normal durability', () => {
    expect(parseSimulateArgs(['--db', 'x.db'])).toEqual({
      db: 'x.db',
      durability: 'normal',
      year: 2022,
      seed: 2022,
      profile: '2022',
      concurrency: 256,
    })
  })

  it('scales by orders and activities', () => {
    const args = parseSimulateArgs([
      '--db',
      'x.db',
      '--orders',
      '1000',
      '--activities',
      '50',
      '--seed',
      '5',
    ])
    expect(args.profile).toEqual({ orders: 1000, activities: 50 })
    expect(args.seed).toBe(5)
  })

  it('refuses a missing database, an unknown option and a bad number', () => {
    expect(() => parseSimulateArgs([])).toThrow('--db is required')
    expect(() => parseSimulateArgs(['--db', 'x', '--fast'])).toThrow('Unknown option --fast')
    expect(() => parseSimulateArgs(['--db', 'x', '--orders', 'many'])).toThrow('--orders needs')
  })
})
