import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi } from './testing/test-api.js'

type Created = {
  streamName: string
  revision: number
  events: { type: string; data: Record<string, unknown> }[]
}

describe('order workflows over HTTP against SQLite', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
  })
  afterAll(async () => {
    await t.close()
  })

  it('runs a whole 点单 lifecycle: place, accept, suggest, dispatch, take, complete, evaluate', async () => {
    const placed = await t.request('resident', 'POST', '/orders', {
      orderId: 'o-1',
      siteId: 'st-1',
      category: 'health',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    expect(placed.status).toBe(201)
    expect(placed.headers.get('etag')).toBe('"0"')
    expect(placed.headers.get('location')).toBe('/orders/o-1')
    expect((placed.body as Created).events[0]?.type).toBe('RequestOrderPlaced')

    const accepted = await t.request(
      'dispatcher',
      'POST',
      '/orders/o-1/accept',
      {},
      { 'if-match': '"0"' },
    )
    expect(accepted.status).toBe(200)
    expect(accepted.headers.get('etag')).toBe('"1"')

    await t.settle()
    const suggestions = await t.request('dispatcher', 'GET', '/orders/o-1/dispatch-suggestions')
    expect(suggestions.status).toBe(200)
    const ranking = suggestions.body as {
      ranked: { teamId: string; reach: string; reasons: unknown[] }[]
    }
    expect(ranking.ranked[0]).toMatchObject({ teamId: 'team-local', reach: 'local' })
    expect(ranking.ranked[0]?.reasons.length).toBeGreaterThan(0)
    expect(ranking.ranked[0]).toMatchObject({
      teamName: 'team team-local',
      distanceMeters: 0,
      explanation: expect.stringMatching(
        /^第1位：team team-local，本站点队伍，步行约 0 分钟（0 米）/,
      ) as unknown,
    })
    expect(suggestions.headers.get('x-projection-behind')).toBe('0')

    t.advance(2)
    const dispatched = await t.request('dispatcher', 'POST', '/orders/o-1/dispatch', {
      teamId: 'team-local',
    })
    expect(dispatched.status).toBe(200)
    t.advance(1)
    expect(
      (await t.request('leader', 'POST', '/orders/o-1/take', { teamId: 'team-local' })).status,
    ).toBe(200)
    t.advance(24)
    const completed = await t.request('leader', 'POST', '/orders/o-1/complete', {
      teamId: 'team-local',
      report: { date: '2022-03-02', volunteerIds: ['v-1'], hours: 3, audience: 12, notes: '义诊' },
    })
    expect(completed.status).toBe(200)
    const evaluated = await t.request('resident', 'POST', '/orders/o-1/evaluate', {
      rating: 5,
      comment: '很好',
    })
    expect(evaluated.status).toBe(200)

    await t.settle()
    const history = await t.request('resident', 'GET', '/orders/o-1')
    expect(history.status).toBe(200)
    expect(
      (history.body as { events: { type: string; data: Record<string, unknown> }[] }).events.map(
        (e) => e.type,
      ),
    ).toEqual([
      'RequestOrderPlaced',
      'OrderAccepted',
      'OrderDispatched',
      'OrderTaken',
      'OrderCompleted',
      'OrderEvaluated',
    ])
    expect(history.headers.get('etag')).toBe('"5"')
    const events = (history.body as { events: { data: Record<string, unknown> }[] }).events
    expect(events[0]?.data).toMatchObject({
      requesterId: 'u-resident',
      at: '2022-03-01T08:00:00.000Z',
    })

    await t.settle()
    const report = await t.request('auditor', 'GET', '/reports/work?period=2022')
    expect(report.status).toBe(200)
    expect(report.body).toMatchObject({
      requestOrders: { placed: 1, accepted: 1, completed: 1, evaluated: 1 },
    })
    const markdown = await t.request('auditor', 'GET', '/reports/work?period=2022-03&format=md')
    expect(markdown.headers.get('content-type')).toMatch(/^text\/markdown/)
    expect(markdown.text).toMatch(/^# /)
  })

  it('lists open orders on the board with their freshness, hiding other sites from a station admin', async () => {
    await t.request('resident', 'POST', '/orders', {
      orderId: 'o-board',
      siteId: 'st-2',
      category: 'culture',
      wantedAt: '2022-03-05T09:00:00.000Z',
    })
    await t.settle()
    const all = await t.request('dispatcher', 'GET', '/orders?status=placed')
    expect(all.status).toBe(200)
    expect((all.body as { orders: { orderId: string }[] }).orders.map((o) => o.orderId)).toContain(
      'o-board',
    )
    expect(all.headers.get('x-projection-behind')).toBe('0')
    const station = await t.request('station', 'GET', '/orders')
    expect(
      (station.body as { orders: { orderId: string }[] }).orders.map((o) => o.orderId),
    ).not.toContain('o-board')
    expect((await t.request('resident', 'GET', '/orders')).status).toBe(403)
    expect((await t.request('dispatcher', 'GET', '/orders?limit=0')).status).toBe(400)
  })

  it('tags a board page with an ETag of its body and answers a matching If-None-Match with 304', async () => {
    await t.settle()
    const first = await t.request('dispatcher', 'GET', '/orders?limit=5')
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await t.request('dispatcher', 'GET', '/orders?limit=5')
    expect(again.headers.get('etag')).toBe(etag)
    expect(again.text).toBe(first.text)
    const unchanged = await t.request('dispatcher', 'GET', '/orders?limit=5', undefined, {
      'if-none-match': `"other", W/${etag}`,
    })
    expect(unchanged.status).toBe(304)
    expect(unchanged.text).toBe('')
    expect(unchanged.headers.get('etag')).toBe(etag)

    await t.request('resident', 'POST', '/orders', {
      orderId: 'o-etag',
      siteId: 'st-1',
      category: 'health',
      wantedAt: '2022-03-05T09:00:00.000Z',
    })
    await t.settle()
    const moved = await t.request('dispatcher', 'GET', '/orders?limit=5', undefined, {
      'if-none-match': etag,
    })
    expect(moved.status).toBe(200)
    expect(moved.headers.get('etag')).not.toBe(etag)
    expect((moved.body as { total: number }).total).toBe(
      (first.body as { total: number }).total + 1,
    )
  })

  it('runs a directive order (定单) issued by an institute to a named team', async () => {
    const issued = await t.request('institute', 'POST', '/directive-orders', {
      orderId: 'd-1',
      issuingSiteId: 'inst-1',
      teamId: 'team-local',
      theme: '学习宣讲',
      dueDate: '2022-03-20',
    })
    expect(issued.status).toBe(201)
    expect((issued.body as Created).events.map((e) => e.type)).toContain('DirectiveOrderIssued')
    expect(
      (await t.request('leader', 'POST', '/orders/d-1/take', { teamId: 'team-local' })).status,
    ).toBe(200)
    const completed = await t.request('leader', 'POST', '/orders/d-1/complete', {
      teamId: 'team-local',
      report: {
        date: '2022-03-10',
        volunteerIds: ['v-1', 'v-9'],
        hours: 6,
        audience: 80,
        notes: '',
      },
    })
    expect(completed.status).toBe(200)
    const evaluated = await t.request('institute', 'POST', '/orders/d-1/evaluate', { rating: 4 })
    expect(evaluated.status).toBe(200)
    expect(
      (await t.request('resident', 'POST', '/orders/d-1/evaluate', { rating: 1 })).status,
    ).toBe(403)
  })

  it('dispatches an order of a weak site to a team pooled in its cluster, recorded as pooled', async () => {
    await t.request('resident', 'POST', '/orders', {
      orderId: 'o-pool',
      siteId: 'st-3',
      category: 'health',
      wantedAt: '2022-03-06T09:00:00.000Z',
    })
    await t.request('dispatcher', 'POST', '/orders/o-pool/accept', {})
    await t.settle()
    const pool = await t.request('dispatcher', 'GET', '/clusters/pool?siteId=st-3')
    expect(JSON.stringify(pool.body)).toContain('team-pool')
    const suggestions = await t.request('dispatcher', 'GET', '/orders/o-pool/dispatch-suggestions')
    const ranked = (suggestions.body as { ranked: { teamId: string; reach: string }[] }).ranked
    expect(ranked.find((r) => r.teamId === 'team-pool')?.reach).toBe('pooled')
    expect(ranked.some((r) => r.teamId === 'team-local')).toBe(false)
    const dispatched = await t.request('dispatcher', 'POST', '/orders/o-pool/dispatch', {
      teamId: 'team-pool',
    })
    expect(dispatched.status).toBe(200)
    const recorded = (dispatched.body as Created).events.find((e) => e.type === 'OrderDispatched')
    expect(recorded?.data).toMatchObject({
      teamId: 'team-pool',
      reach: 'pooled',
      dispatchedBy: 'u-dispatcher',
    })
    const outOfReach = await t.request('dispatcher', 'POST', '/orders/o-pool/redispatch', {
      teamId: 'team-local',
    })
    expect(outOfReach.status).toBe(409)
    expect(outOfReach.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    await t.settle()
    const workload = await t.request('auditor', 'GET', '/teams/workload?teamId=team-pool')
    expect(workload.body).toMatchObject({ teams: [{ teamId: 'team-pool', activeOrders: 1 }] })
  })
})
