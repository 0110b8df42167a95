import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi } from './testing/test-api.js'

type Refused = { refusal: { type: string }; detail: string }

describe('the district’s own boundaries over HTTP against SQLite (D1, C4)', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
    // A second district in the same store: its centre and a centre team serving health.
    const centreB = await t.request('dispatcher', 'POST', '/sites', {
      siteId: 'centre-b',
      parentId: null,
      level: 'center',
      name: '邻区新时代文明实践中心',
      kind: 'center',
      coordinates: { latitude: 30.0001, longitude: 120.1 },
    })
    expect(centreB.status).toBe(201)
    const menuB = await t.request('dispatcher', 'POST', '/catalogue/centre-b/entries', {
      entry: { code: 'health', name: '健康义诊', platform: 'health' },
    })
    expect(menuB.status).toBe(201)
    const teamB = await t.request('dispatcher', 'POST', '/teams', {
      teamId: 'team-b',
      name: '邻区健康义诊队',
      homeSiteId: 'centre-b',
      organizationId: 'org-b',
      platform: 'health',
      categories: ['health'],
      capacity: 5,
      leader: { volunteerId: 'v-b', displayName: '邻区队长' },
    })
    expect(teamB.status).toBe(201)
  })
  afterAll(async () => {
    await t.close()
  })

  it('neither ranks nor dispatches a team at another district’s centre (regression)', async () => {
    await t.request('resident', 'POST', '/orders', {
      orderId: 'o-d1',
      siteId: 'st-1',
      category: 'health',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    expect((await t.request('dispatcher', 'POST', '/orders/o-d1/accept', {})).status).toBe(200)
    await t.settle()
    const suggestions = await t.request('dispatcher', 'GET', '/orders/o-d1/dispatch-suggestions')
    const ranked = (suggestions.body as { ranked: { teamId: string; reach: string }[] }).ranked
    expect(ranked.some((r) => r.teamId === 'team-b')).toBe(false)
    expect(ranked.find((r) => r.teamId === 'team-district')?.reach).toBe('district')

    const count = await t.eventCount()
    const refused = await t.request('dispatcher', 'POST', '/orders/o-d1/dispatch', {
      teamId: 'team-b',
    })
    expect(refused.status).toBe(409)
    expect((refused.body as Refused).refusal).toMatchObject({
      type: 'TeamInAnotherDistrict',
      teamId: 'team-b',
      districtId: 'centre',
    })
    expect((refused.body as Refused).detail).toBe('队伍team-b属于另一个区，订单o-d1不能派给它。')
    expect(await t.eventCount()).toBe(count)

    const dispatched = await t.request('dispatcher', 'POST', '/orders/o-d1/dispatch', {
      teamId: 'team-district',
    })
    expect(dispatched.status).toBe(200)
  })

  it('issues no directive to another district’s team', async () => {
    const refused = await t.request('dispatcher', 'POST', '/directive-orders', {
      orderId: 'd-d1',
      issuingSiteId: 'centre',
      teamId: 'team-b',
      theme: '理论宣讲',
      dueDate: '2022-03-20',
    })
    expect(refused.status).toBe(409)
    expect((refused.body as Refused).refusal.type).toBe('TeamInAnotherDistrict')
  })

  it('lets no site of another district into a cluster', async () => {
    const stationB = await t.request('dispatcher', 'POST', '/sites', {
      siteId: 'inst-b',
      parentId: 'centre-b',
      level: 'institute',
      name: '邻区实践所',
      kind: 'institute',
      coordinates: { latitude: 30.01, longitude: 120.1 },
    })
    expect(stationB.status).toBe(201)
    const joined = await t.request('dispatcher', 'POST', '/clusters/cl-1/sites', {
      siteId: 'inst-b',
    })
    expect(joined.status).toBe(409)
    expect((joined.body as Refused).refusal).toMatchObject({
      type: 'SiteInAnotherDistrict',
      siteId: 'inst-b',
      districtId: 'centre-b',
    })
    const cluster = await t.request('dispatcher', 'GET', '/clusters/cl-1')
    expect(JSON.stringify(cluster.body)).not.toContain('inst-b')
  })

  it('never marks the centre weak', async () => {
    const refused = await t.request('dispatcher', 'POST', '/sites/centre/mark-weak', {
      reason: 'test',
    })
    expect(refused.status).toBe(409)
    expect((refused.body as Refused).refusal).toMatchObject({
      type: 'SiteCannotBeWeak',
      level: 'center',
    })
  })

  it('runs a cluster’s 我们的节日 at the host’s shared venue, credited to both (C4)', async () => {
    const venue = await t.request('otherStation', 'POST', '/clusters/cl-1/venues', {
      venueId: 'hall-st-2',
      siteId: 'st-2',
      name: '片区文化礼堂',
    })
    expect(venue.status).toBe(200)
    const planned = await t.request('otherStation', 'POST', '/activities', {
      activityId: 'fest-1',
      title: '我们的节日·端午',
      kind: 'festival',
      festival: '端午',
      organizerSiteId: 'st-2',
      teamIds: ['team-pool'],
      plannedDate: '2022-06-03',
      clusterId: 'cl-1',
      venueId: 'hall-st-2',
    })
    expect(planned.status).toBe(201)
    t.advance(24)
    const held = await t.request('otherStation', 'POST', '/activities/fest-1/hold', {
      date: '2022-06-03',
      teamIds: ['team-pool'],
      volunteers: 14,
      hours: 42,
      audience: 180,
      notes: '包粽子',
    })
    expect(held.status).toBe(200)
    await t.settle()

    // The cluster is credited with the one activity, at its venue.
    const cluster = await t.request('dispatcher', 'GET', '/clusters/cl-1')
    expect(cluster.body).toMatchObject({
      jointActivityCount: 1,
      jointAudience: 180,
      jointActivities: [{ activityId: 'fest-1', hostSiteId: 'st-2', venueId: 'hall-st-2' }],
    })
    // The host site is credited too: the activity is its own, and a festival in the report.
    const hosted = await t.request('resident', 'GET', '/activities?siteId=st-2')
    expect(hosted.body).toMatchObject({ total: 1, items: [{ activityId: 'fest-1' }] })
    const report = await t.request('auditor', 'GET', '/reports/work?period=2022')
    expect(report.body).toMatchObject({ clusters: { jointActivities: 1 } })
    expect(JSON.stringify(report.body)).toContain('"端午":1')
  })

  it('refuses a joint activity hosted by a site outside the cluster, or at a venue it does not share', async () => {
    const outside = await t.request('station', 'POST', '/activities', {
      activityId: 'fest-2',
      title: '我们的节日·端午',
      kind: 'festival',
      festival: '端午',
      organizerSiteId: 'st-1',
      teamIds: ['team-local'],
      plannedDate: '2022-06-03',
      clusterId: 'cl-1',
    })
    expect(outside.status).toBe(409)
    expect((outside.body as Refused).refusal).toMatchObject({
      type: 'ActivityHostNotInCluster',
      siteId: 'st-1',
    })
    const noVenue = await t.request('otherStation', 'POST', '/activities', {
      activityId: 'fest-3',
      title: '我们的节日·端午',
      kind: 'festival',
      festival: '端午',
      organizerSiteId: 'st-2',
      teamIds: ['team-pool'],
      plannedDate: '2022-06-03',
      clusterId: 'cl-1',
      venueId: 'nowhere',
    })
    expect(noVenue.status).toBe(409)
    expect((noVenue.body as Refused).refusal.type).toBe('ActivityVenueNotInCluster')
    const gone = await t.request('dispatcher', 'POST', '/clusters/cl-1/joint-activities', {
      title: '联办',
      hostSiteId: 'st-2',
      date: '2022-03-08',
      volunteers: 5,
      audience: 40,
    })
    expect(gone.status).toBe(404)
  })
})
