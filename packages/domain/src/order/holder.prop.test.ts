import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orderDeciderCommandArbitrary } from '../testing/order-arbitraries.js'
import type { OrderEvent } from './events.js'
import { holderLevelSchema, levelAbove, type HolderLevel } from './holder.js'
import { orderDecider } from './order-decider.js'
import type { OrderState } from './state.js'

/** The holding site of each level for the arbitraries' order at station `st-1`. */
const siteAt: Readonly<Record<HolderLevel, string>> = {
  station: 'st-1',
  institute: 'in-1',
  centre: 'centre',
}
const rank = (level: HolderLevel): number => holderLevelSchema.options.indexOf(level)

/** The statuses of a request order that was accepted (O1), whoever holds it. */
const afterAcceptance = new Set(['accepted', 'dispatched', 'taken', 'completed', 'evaluated'])

describe('the holder of an order (O8)', () => {
  it('is exactly one level, one up per escalation, whatever commands arrive', () => {
    fc.assert(
      fc.property(
        fc.array(orderDeciderCommandArbitrary(), { maxLength: 40, size: 'max' }),
        (commands) => {
          let state: OrderState = orderDecider.initialState
          let accepted: HolderLevel | null = null
          let escalations = 0
          for (const command of commands) {
            const result = orderDecider.decide(command, state)
            if (!result.ok) continue
            for (const event of result.events as OrderEvent[]) {
              if (event.type === 'OrderAccepted') accepted = event.data.holder?.level ?? null
              if (event.type === 'OrderEscalated') {
                escalations += 1
                expect(state.status !== 'none' && state.holder).toEqual(event.data.from)
                expect(event.data.to.level).toBe(levelAbove(event.data.from.level))
              }
              state = orderDecider.evolve(state, event)
              if (state.status === 'none') continue
              if (state.kind === 'directive' || !afterAcceptance.has(state.status)) {
                if (state.status !== 'cancelled') expect(state.holder).toBeNull()
                continue
              }
              const holder = state.holder
              expect(holder).not.toBeNull()
              if (holder === null || accepted === null) continue
              expect(holderLevelSchema.options).toContain(holder.level)
              expect(holder.siteId).toBe(siteAt[holder.level])
              expect(rank(holder.level)).toBe(rank(accepted) + escalations)
            }
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('is escalated often enough in random sequences to test the rule', () => {
    // Guards the property above against vacuity: escalations from both lower levels occur.
    const from = new Set<string>()
    fc.assert(
      fc.property(
        fc.array(orderDeciderCommandArbitrary(), { maxLength: 40, size: 'max' }),
        (commands) => {
          let state: OrderState = orderDecider.initialState
          for (const command of commands) {
            const result = orderDecider.decide(command, state)
            if (!result.ok) continue
            for (const event of result.events) {
              if (event.type === 'OrderEscalated') from.add(event.data.from.level)
              state = orderDecider.evolve(state, event)
            }
          }
        },
      ),
      { numRuns: 300, seed: 16 },
    )
    expect([...from].sort()).toEqual(['institute', 'station'])
  })
})
