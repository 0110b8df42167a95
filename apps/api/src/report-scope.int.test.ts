import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi } from './testing/test-api.js'

type Report = {
  scope: { kind: string; id: string | null; name: string | null }
  district: string | null
  requestOrders: { placed: number }
  teams: { community: { teams: number }; platform: { teams: number } }
}

describe('the work report of an institute, station or cluster', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
    // Two orders at st-1, one at st-3 (a member of cl-1).
    for (const [orderId, siteId] of [
      ['o-1', 'st-1'],
      ['o-2', 'st-1'],
      ['o-3', 'st-3'],
    ] as const) {
      const placed = await t.request('resident', 'POST', '/orders', {
        orderId,
        siteId,
        category: 'health',
        wantedAt: '2022-03-02T09:00:00.000Z',
      })
      expect(placed.status).toBe(201)
    }
    await t.settle()
  })
  afterAll(async () => {
    await t.close()
  })

  const report = async (query: string) => {
    const response = await t.request('auditor', 'GET', `/reports/work?period=2022&${query}`)
    expect(response.status).toBe(200)
    return response.body as Report
  }

  it('filters the figures to the scope asked for', async () => {
    const district = await report('district=centre')
    expect(district.requestOrders.placed).toBe(3)
    expect(district.teams.platform.teams).toBe(1)
    const institute = await report('institute=inst-1')
    expect(institute.scope).toEqual({ kind: 'institute', id: 'inst-1', name: 'site inst-1' })
    expect(institute.district).toBe('centre')
    expect(institute.requestOrders.placed).toBe(3)
    expect(institute.teams).toMatchObject({ community: { teams: 2 }, platform: { teams: 0 } })
    expect((await report('station=st-1')).requestOrders.placed).toBe(2)
    expect((await report('station=st-2')).requestOrders.placed).toBe(0)
    const cluster = await report('cluster=cl-1')
    expect(cluster.scope.name).toBe('五联共建 片区一')
    expect(cluster.requestOrders.placed).toBe(1)
    // team-pool, pooled into cl-1; not team-local (st-1).
    expect(cluster.teams.community.teams).toBe(1)
  })

  it('names the scope in every format', async () => {
    const csv = await t.request(
      'auditor',
      'GET',
      '/reports/work?period=2022&station=st-1&format=csv',
    )
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'site st-1工作报告（2022-01-01 至 2022-12-31）',
    )
    const text = await t.request(
      'auditor',
      'GET',
      '/reports/work?period=2022&institute=inst-1&format=text',
    )
    expect(text.text.split('\n')[0]).toBe('2022年，site inst-1工作情况总结如下。')
  })

  it('answers 404 for an unknown site or cluster and 422 for a station given as an institute', async () => {
    const unknown = await t.request('auditor', 'GET', '/reports/work?period=2022&station=st-9')
    expect(unknown.status).toBe(404)
    expect(unknown.body).toMatchObject({
      title: 'Site not found',
      detail: 'No site st-9 in the log.',
    })
    const cluster = await t.request('auditor', 'GET', '/reports/work?period=2022&cluster=cl-9')
    expect(cluster.status).toBe(404)
    const wrong = await t.request('auditor', 'GET', '/reports/work?period=2022&institute=st-1')
    expect(wrong.status).toBe(422)
    expect(wrong.body).toMatchObject({
      detail: 'Site st-1 is a station, not an institute. Ask for station=st-1.',
      siteId: 'st-1',
      level: 'station',
    })
    const two = await t.request(
      'auditor',
      'GET',
      '/reports/work?period=2022&station=st-1&cluster=cl-1',
    )
    expect(two.status).toBe(400)
  })
})
