import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dispatchScenarioArbitrary } from '../testing/ranking-arbitraries.js'
import type { DispatchCandidate, DispatchOrderFacts } from './dispatch-candidate.js'
import type { RankedTeam } from './dispatch-ranking.js'
import { rankDispatchCandidates } from './rank-dispatch-candidates.js'

/** O3 and T1/T2 restated independently of the policy's code. */
const isEligible = (order: DispatchOrderFacts, c: DispatchCandidate): boolean =>
  c.status === 'active' &&
  (order.category === null || c.categories.includes(order.category)) &&
  c.activeOrders < c.capacity &&
  (c.homeSiteId === order.siteId ||
    (order.clusterId !== undefined && c.clusterId === order.clusterId) ||
    c.isDistrictLevel)

const reachIndex = { local: 0, pooled: 1, institute: 2, district: 3 } as const

/** The ranking's sort key, restated: smaller tuples come first. */
const key = (r: RankedTeam): readonly (number | string)[] => [
  reachIndex[r.reach],
  r.withinServiceCircle ? 0 : 1,
  -r.capacityLeft,
  r.averageRating === undefined ? 1 : 0,
  -(r.averageRating ?? 0),
  r.teamId,
]

const lexicographicallyBefore = (
  a: readonly (number | string)[],
  b: readonly (number | string)[],
) => {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return true
    if (a[i]! > b[i]!) return false
  }
  return false
}

const scenarios = dispatchScenarioArbitrary()

describe('dispatch ranking properties', () => {
  it('never ranks an ineligible team, and excludes only ineligible ones, each with a reason', () => {
    fc.assert(
      fc.property(scenarios, ({ order, candidates }) => {
        const { ranked, excluded } = rankDispatchCandidates(order, candidates)
        const byId = new Map(candidates.map((c) => [c.teamId, c]))
        for (const r of ranked) expect(isEligible(order, byId.get(r.teamId)!)).toBe(true)
        for (const e of excluded) {
          expect(isEligible(order, byId.get(e.teamId)!)).toBe(false)
          expect(e.reasons.length).toBeGreaterThan(0)
        }
        const listed = [...ranked, ...excluded].map((t) => t.teamId).sort()
        expect(listed).toEqual(candidates.map((c) => c.teamId).sort())
      }),
    )
  })

  it('gives the same answer whatever the order of the candidates, ties included', () => {
    // Each team gets a twin with the same facts, so that only the team id can break the tie.
    const withTwins = scenarios.map(({ order, candidates }) => ({
      order,
      candidates: candidates.flatMap((c) => [c, { ...c, teamId: `${c.teamId}-twin` }]),
    }))
    fc.assert(
      fc.property(
        withTwins.chain(({ order, candidates }) =>
          fc
            .shuffledSubarray([...candidates], {
              minLength: candidates.length,
              maxLength: candidates.length,
            })
            .map((shuffled) => ({ order, candidates, shuffled })),
        ),
        ({ order, candidates, shuffled }) => {
          expect(rankDispatchCandidates(order, shuffled)).toEqual(
            rankDispatchCandidates(order, candidates),
          )
        },
      ),
    )
  })

  it('puts every local team before every pooled one, and every pooled before every district one', () => {
    fc.assert(
      fc.property(scenarios, ({ order, candidates }) => {
        const reaches = rankDispatchCandidates(order, candidates).ranked.map(
          (r) => reachIndex[r.reach],
        )
        for (let i = 1; i < reaches.length; i++) {
          expect(reaches[i - 1]!).toBeLessThanOrEqual(reaches[i]!)
        }
      }),
    )
  })

  it('records the reach the team has: local to the site, pooled in its cluster, or district', () => {
    fc.assert(
      fc.property(scenarios, ({ order, candidates }) => {
        const byId = new Map(candidates.map((c) => [c.teamId, c]))
        for (const r of rankDispatchCandidates(order, candidates).ranked) {
          const c = byId.get(r.teamId)!
          const expected =
            c.homeSiteId === order.siteId
              ? 'local'
              : order.clusterId !== undefined && c.clusterId === order.clusterId
                ? 'pooled'
                : 'district'
          expect(r.reach).toBe(expected)
        }
      }),
    )
  })

  it('orders by reach, circle, capacity left, rating and team id, and ranks 1, 2, 3 ...', () => {
    fc.assert(
      fc.property(scenarios, ({ order, candidates }) => {
        const { ranked } = rankDispatchCandidates(order, candidates)
        ranked.forEach((r, index) => expect(r.rank).toBe(index + 1))
        for (let i = 1; i < ranked.length; i++) {
          expect(lexicographicallyBefore(key(ranked[i - 1]!), key(ranked[i]!))).toBe(true)
        }
      }),
    )
  })
})
