import type { WenmingEvent } from '@wenming/domain'
import { describe, expect, it } from 'vitest'
import { at } from '../domain-events.fixture.js'
import { runReadModel } from '../run-read-model.fixture.js'
import { networkDirectory } from './network-projection.js'
import { queryServiceCircle } from './query-service-circle.js'

const site = (siteId: string, latitude: number, longitude: number): WenmingEvent => ({
  type: 'SiteRegistered',
  data: {
    siteId,
    parentId: siteId === 'c0' ? null : 'c0',
    level: siteId === 'c0' ? 'center' : 'station',
    name: `站 ${siteId}`,
    kind: '社区',
    coordinates: { latitude, longitude },
    at: at(0),
  },
})

const team = (teamId: string, homeSiteId: string, category: string): WenmingEvent => ({
  type: 'TeamRegistered',
  data: {
    teamId,
    name: `队 ${teamId}`,
    homeSiteId,
    organizationId: 'org',
    platform: 'health',
    categories: [category],
    capacity: 2,
    leader: { volunteerId: `v-${teamId}`, displayName: 'x' },
    at: at(0),
  },
})

// Hand-checked: 0.005° of latitude is 0.005 × π/180 × 6,371,008.8 m = 555.98 m, 7.41 min at
// 75 m/min (4.5 km/h); 0.005° of longitude at 30° N is 555.98 × cos 30° = 481.49 m, 6.42 min;
// 0.01° is 1,111.95 m (14.83 min, inside 1,125 m), 0.0102° is 1,134.19 m (outside).
const district: WenmingEvent[] = [
  site('c0', 30, 120),
  site('a', 30.005, 120),
  site('b', 30.01, 120),
  site('c', 30.0102, 120),
  site('d', 30, 120.005),
  team('tA', 'a', 'health'),
  team('tB', 'b', 'culture'),
  team('tC', 'c', 'health'),
  team('tD', 'd', 'health'),
  { type: 'TeamSuspended', data: { teamId: 'tD', reason: '', at: at(1) } },
]
const from = { latitude: 30, longitude: 120 }

describe('service circle', () => {
  it('lists sites and active teams within 15 minutes, nearest first, with metres and minutes', async () => {
    const model = await runReadModel(networkDirectory, district)
    const circle = queryServiceCircle(model, { from })
    expect(circle.radiusMeters).toBe(1125)
    expect(circle.sites.map((s) => [s.siteId, s.distanceMeters, s.walkingMinutes])).toEqual([
      ['c0', 0, 0],
      ['d', 481, 6.4],
      ['a', 556, 7.4],
      ['b', 1112, 14.8],
    ])
    expect(circle.teams.map((t) => [t.teamId, t.distanceMeters, t.walkingMinutes])).toEqual([
      ['tA', 556, 7.4],
      ['tB', 1112, 14.8],
    ])
  })

  it('filters by category and by minutes', async () => {
    const model = await runReadModel(networkDirectory, district)
    const health = queryServiceCircle(model, { from, category: 'health' })
    expect(health.teams.map((t) => t.teamId)).toEqual(['tA'])
    expect(health.sites.map((s) => s.siteId)).toEqual(['a'])
    const seven = queryServiceCircle(model, { from, minutes: 7 })
    expect(seven.sites.map((s) => s.siteId)).toEqual(['c0', 'd'])
    expect(seven.teams).toEqual([])
    const wide = queryServiceCircle(model, {
      from: { latitude: 30.0102, longitude: 120 },
      minutes: 1,
    })
    // From c, one minute (75 m) reaches b, 0.0002° = 22 m away, and nothing else.
    expect(wide.teams.map((t) => [t.teamId, t.distanceMeters])).toEqual([
      ['tC', 0],
      ['tB', 22],
    ])
  })
})
