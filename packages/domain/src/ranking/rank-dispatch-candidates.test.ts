import { describe, expect, it } from 'vitest'
import type { DispatchCandidate, DispatchOrderFacts } from './dispatch-candidate.js'
import { isDuplicateDispatchCandidateError } from './duplicate-dispatch-candidate-error.js'
import { rankDispatchCandidates } from './rank-dispatch-candidates.js'

const here = { latitude: 26.6417, longitude: 118.1778 }
/** A point `meters` north of the order's site. */
const north = (meters: number) => ({
  latitude: here.latitude + meters / 111_195,
  longitude: here.longitude,
})

const order: DispatchOrderFacts = {
  orderId: 'order-1',
  siteId: 'site-a',
  siteLocation: here,
  clusterId: 'cluster-1',
  category: 'health',
}

const team = (teamId: string, facts: Partial<DispatchCandidate> = {}): DispatchCandidate => ({
  teamId,
  status: 'active',
  categories: ['health'],
  capacity: 3,
  activeOrders: 0,
  homeSiteId: 'site-a',
  homeSiteLocation: north(200),
  isDistrictLevel: false,
  averageRating: 4,
  ...facts,
})

const ids = (candidates: readonly DispatchCandidate[]) =>
  rankDispatchCandidates(order, candidates).ranked.map((ranked) => ranked.teamId)

describe('rankDispatchCandidates', () => {
  it('ranks local before pooled before district-wide teams, whatever else they offer', () => {
    const district = team('t-district', {
      homeSiteId: 'site-z',
      isDistrictLevel: true,
      capacity: 9,
    })
    const pooled = team('t-pooled', { homeSiteId: 'site-b', clusterId: 'cluster-1', capacity: 5 })
    const local = team('t-local', { homeSiteLocation: north(3000), capacity: 1, averageRating: 2 })
    expect(ids([district, pooled, local])).toEqual(['t-local', 't-pooled', 't-district'])
  })

  it('ranks a team inside the 15-minute circle (1,125 m) before a farther one with more capacity', () => {
    const inside = team('t-in', { homeSiteLocation: north(1100), capacity: 1 })
    const outside = team('t-out', { homeSiteLocation: north(1150), capacity: 3 })
    const { ranked } = rankDispatchCandidates(order, [outside, inside])
    expect(ranked.map((r) => [r.teamId, r.withinServiceCircle])).toEqual([
      ['t-in', true],
      ['t-out', false],
    ])
    expect(ranked[1]?.below).toEqual({ teamId: 't-in', criterion: 'serviceCircle' })
  })

  it('then ranks by capacity left, then by rating (rated before unrated), then by team id', () => {
    const roomy = team('t-roomy', { capacity: 5, activeOrders: 1 })
    const best = team('t-best', { averageRating: 4.8 })
    const { averageRating: _rating, ...unrated } = team('t-unrated')
    const tieB = team('t-b')
    const tieA = team('t-a')
    const { ranked } = rankDispatchCandidates(order, [unrated, tieB, best, tieA, roomy])
    expect(ranked.map((r) => [r.rank, r.teamId, r.below?.criterion])).toEqual([
      [1, 't-roomy', undefined],
      [2, 't-best', 'capacityLeft'],
      [3, 't-a', 'rating'],
      [4, 't-b', 'teamId'],
      [5, 't-unrated', 'rating'],
    ])
  })

  it('explains each ranked team: reach, distance and walking time, capacity left, rating', () => {
    const pooled = team('t-1', {
      homeSiteId: 'site-b',
      clusterId: 'cluster-1',
      homeSiteLocation: north(750),
      capacity: 4,
      activeOrders: 1,
    })
    const [first] = rankDispatchCandidates(order, [pooled]).ranked
    expect(first).toMatchObject({ rank: 1, reach: 'pooled', capacityLeft: 3, averageRating: 4 })
    expect(first?.walkingMinutes).toBeCloseTo(10, 2)
    expect(first?.reasons).toEqual([
      { type: 'PooledInCluster', clusterId: 'cluster-1' },
      {
        type: 'WithinServiceCircle',
        distanceMeters: first?.distanceMeters,
        walkingMinutes: first?.walkingMinutes,
        circleMinutes: 15,
      },
      { type: 'CapacityLeft', capacityLeft: 3, capacity: 4 },
      { type: 'Rated', averageRating: 4 },
    ])
  })

  it('excludes ineligible teams with every reason, sorted by team id', () => {
    const { ranked, excluded } = rankDispatchCandidates(order, [
      team('t-z', { status: 'suspended', categories: ['law'], activeOrders: 3 }),
      team('t-far', { homeSiteId: 'site-x', clusterId: 'cluster-2' }),
      team('t-gone', { status: 'dissolved' }),
      team('t-full', { capacity: 2, activeOrders: 2 }),
      team('t-ok'),
    ])
    expect(ranked.map((r) => r.teamId)).toEqual(['t-ok'])
    expect(excluded).toEqual([
      {
        teamId: 't-far',
        reasons: [{ type: 'OutOfReach', homeSiteId: 'site-x', clusterId: 'cluster-2' }],
      },
      { teamId: 't-full', reasons: [{ type: 'NoCapacityLeft', capacity: 2, activeOrders: 2 }] },
      { teamId: 't-gone', reasons: [{ type: 'TeamNotActive', status: 'dissolved' }] },
      {
        teamId: 't-z',
        reasons: [
          { type: 'TeamNotActive', status: 'suspended' },
          { type: 'CategoryNotServed', category: 'health' },
          { type: 'NoCapacityLeft', capacity: 3, activeOrders: 3 },
        ],
      },
    ])
  })

  it('pools nothing for an order whose site is in no cluster', () => {
    const { clusterId: _clusterId, ...noCluster } = order
    const { ranked, excluded } = rankDispatchCandidates(noCluster, [
      team('t-pooled', { homeSiteId: 'site-b', clusterId: 'cluster-1' }),
    ])
    expect(ranked).toEqual([])
    expect(excluded[0]?.reasons).toEqual([
      { type: 'OutOfReach', homeSiteId: 'site-b', clusterId: 'cluster-1' },
    ])
  })

  it('lets any team serve a free-form order (no category)', () => {
    expect(ids([team('t-law', { categories: ['law'] })])).toEqual([])
    const freeForm = { ...order, category: null }
    const { ranked } = rankDispatchCandidates(freeForm, [team('t-law', { categories: ['law'] })])
    expect(ranked.map((r) => r.teamId)).toEqual(['t-law'])
  })

  it('uses the service circle it is given', () => {
    const walk = { walkingSpeedKmPerHour: 4.5, minutes: 10 }
    const { ranked } = rankDispatchCandidates(
      order,
      [team('t-1', { homeSiteLocation: north(800) })],
      walk,
    )
    expect(ranked[0]?.withinServiceCircle).toBe(false)
  })

  it('throws a programming fault when a team is named twice', () => {
    let caught: unknown
    try {
      rankDispatchCandidates(order, [team('t-1'), team('t-1')])
    } catch (error) {
      caught = error
    }
    expect(isDuplicateDispatchCandidateError(caught)).toBe(true)
  })

  it('suggests a winning project’s team first for the entry it became, from anywhere in the district (S4)', () => {
    const forProject: DispatchOrderFacts = {
      ...order,
      category: 'project-p1',
      districtId: 'centre',
      projectTeamId: 't-project',
    }
    const project = team('t-project', {
      homeSiteId: 'site-far',
      homeSiteLocation: north(9000),
      categories: ['project-p1'],
      districtId: 'centre',
    })
    const local = team('t-local', { categories: ['project-p1'] })
    const stranger = team('t-stranger', { homeSiteId: 'site-far', categories: ['project-p1'] })
    const ranking = rankDispatchCandidates(forProject, [local, stranger, project])
    expect(ranking.ranked.map((r) => [r.teamId, r.reach])).toEqual([
      ['t-project', 'district'],
      ['t-local', 'local'],
    ])
    expect(ranking.ranked[0]?.reasons[0]).toEqual({ type: 'ProjectTeam', category: 'project-p1' })
    expect(ranking.ranked[1]?.below).toEqual({ teamId: 't-project', criterion: 'projectTeam' })
    expect(ranking.excluded.map((e) => e.teamId)).toEqual(['t-stranger'])
  })

  it('suggests only teams within the reach of the level holding the order (O8)', () => {
    const local = team('t-local')
    const pooled = team('t-pooled', { homeSiteId: 'site-b', clusterId: 'cluster-1' })
    const sibling = team('t-sibling', { homeSiteId: 'site-c', homeSiteParentId: 'inst-1' })
    const district = team('t-district', { homeSiteId: 'centre', isDistrictLevel: true })
    const all = [local, pooled, sibling, district]
    const at = (level: 'station' | 'institute' | 'centre', siteId: string) =>
      rankDispatchCandidates({ ...order, holder: { level, siteId } }, all)
    const station = at('station', 'site-a')
    expect(station.ranked.map((r) => r.teamId)).toEqual(['t-local'])
    expect(station.excluded).toContainEqual({
      teamId: 't-pooled',
      reasons: [{ type: 'BeyondHolderReach', holder: 'station', reach: 'pooled' }],
    })
    expect(at('institute', 'inst-1').ranked.map((r) => [r.teamId, r.reach])).toEqual([
      ['t-local', 'local'],
      ['t-pooled', 'pooled'],
      ['t-sibling', 'institute'],
    ])
    expect(at('centre', 'centre').ranked.map((r) => r.teamId)).toEqual([
      't-local',
      't-pooled',
      't-district',
    ])
  })
})
