import type { WenmingEvent } from '@wenming/domain'
import { describe, expect, it } from 'vitest'
import { at } from '../domain-events.fixture.js'
import { runReadModel } from '../run-read-model.fixture.js'
import { activityDirectory } from './activity-directory-projection.js'
import { queryActivities } from './query-activities.js'
import { queryThemeCompliance } from './query-theme-compliance.js'

const site = (
  siteId: string,
  parentId: string | null,
  level: 'center' | 'institute' | 'station',
): WenmingEvent => ({
  type: 'SiteRegistered',
  data: {
    siteId,
    parentId,
    level,
    name: `名 ${siteId}`,
    kind: '村',
    coordinates: { latitude: 30, longitude: 120 },
    at: at(0),
  },
})

const held = (
  activityId: string,
  siteId: string,
  themeMonth: string,
  date: string,
): WenmingEvent => ({
  type: 'ActivityHeld',
  data: {
    activityId,
    title: '学雷锋',
    kind: 'themed',
    organizerSiteId: siteId,
    themeMonth,
    teamIds: [],
    date,
    volunteers: 3,
    hours: 6,
    audience: 40,
    notes: '',
    by: 'u',
    at: at(1),
  },
})

const district: WenmingEvent[] = [
  site('c0', null, 'center'),
  site('i1', 'c0', 'institute'),
  site('i2', 'c0', 'institute'),
  site('s1', 'i1', 'station'),
  site('s2', 'i1', 'station'),
  site('s3', 'i2', 'station'),
  {
    type: 'MonthlyThemeSet',
    data: { month: '2022-03', title: '学雷锋月', by: 'centre', at: at(0) },
  },
  held('a1', 's1', '2022-03', '2022-03-05'),
  held('a2', 's1', '2022-03', '2022-03-12'),
  held('a3', 's2', '2022-02', '2022-03-02'),
  held('a4', 'i2', '2022-03', '2022-03-20'),
  {
    type: 'ActivityPlanned',
    data: {
      activityId: 'a5',
      title: '学雷锋',
      kind: 'themed',
      organizerSiteId: 's3',
      themeMonth: '2022-03',
      teamIds: [],
      plannedDate: '2022-03-28',
      by: 'u',
      at: at(1),
    },
  },
]

describe('monthly theme compliance', () => {
  it('splits stations and institutes by whether they held an activity on the month’s theme', async () => {
    const model = await runReadModel(activityDirectory, district)
    const march = queryThemeCompliance(model, { month: '2022-03' })
    expect(march.theme).toMatchObject({ title: '学雷锋月' })
    // Hand-checked: s1 held a1 and a2; i2 held a4; s2's a3 carries February's theme; s3's a5 is
    // only planned; i1 held nothing; the centre is neither a station nor an institute.
    expect(march.with.map((s) => [s.siteId, s.themedActivities])).toEqual([
      ['i2', 1],
      ['s1', 2],
    ])
    expect(march.without.map((s) => s.siteId)).toEqual(['i1', 's2', 's3'])
    const underI1 = queryThemeCompliance(model, { month: '2022-03', parentId: 'i1' })
    expect(underI1.without.map((s) => s.siteId)).toEqual(['s2'])
    expect(queryThemeCompliance(model, { month: '2022-04' })).toMatchObject({
      theme: null,
      with: [],
    })
  })

  it('lists activities by site, kind, theme and month, latest first', async () => {
    const model = await runReadModel(activityDirectory, district)
    const ids = (filter: Parameters<typeof queryActivities>[1]) =>
      queryActivities(model, filter).items.map((a) => a.activityId)
    expect(ids({ siteId: 's1' })).toEqual(['a2', 'a1'])
    expect(ids({ themeMonth: '2022-03', status: 'held' })).toEqual(['a4', 'a2', 'a1'])
    expect(ids({ month: '2022-03', kind: 'themed', limit: 2 })).toEqual(['a5', 'a4'])
    expect(queryActivities(model, { limit: 2 }).total).toBe(5)
  })
})
