import { describe, expect, it } from 'vitest'
import { planDistrict, splitTotal } from './district-plan.js'
import { createRandom } from './random.js'
import { PROFILE_2022 } from './simulation-profile.js'

describe('planDistrict', () => {
  it('splits a total into parts of at least the minimum that sum to it exactly', () => {
    const random = createRandom(3)
    for (const [total, parts, min] of [
      [2676, 197, 5],
      [850, 42, 8],
      [10, 10, 1],
    ] as const) {
      const sizes = splitTotal(random, total, parts, min)
      expect(sizes).toHaveLength(parts)
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(total)
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(min)
    }
  })

  it('draws the 2022 network with unique members per team and weak stations in clusters', () => {
    const plan = planDistrict(createRandom(2022), PROFILE_2022)
    expect(plan.institutes).toHaveLength(10)
    expect(plan.stations.length + plan.points.length).toBe(150)
    expect(plan.communityTeams.reduce((n, t) => n + t.members.length, 0)).toBe(2676)
    expect(new Set(plan.platformTeams.map((t) => t.organizationId)).size).toBe(9)
    for (const team of [...plan.platformTeams, ...plan.communityTeams]) {
      expect(new Set(team.members).size).toBe(team.members.length)
    }
    expect(plan.clusters).toHaveLength(4)
    for (const cluster of plan.clusters) {
      for (const site of [cluster.leadSiteId, ...cluster.memberSiteIds]) {
        expect(plan.sites.get(site)?.level).toBe('station')
        expect(plan.teamsBySite.get(site)?.length).toBeGreaterThan(0)
      }
    }
  })
})
