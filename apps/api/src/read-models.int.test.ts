import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi } from './testing/test-api.js'

type Links = Record<string, { href: string; title: string }>
type Page<T> = { total: number; items: T[] }

/** Orders, an activity and a theme on top of the seeded district, through the API. */
const seedWork = async (t: TestApi): Promise<void> => {
  const ok = async (as: Parameters<TestApi['request']>[0], path: string, body: unknown) => {
    const response = await t.request(as, 'POST', path, body)
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${response.text}`)
  }
  const place = (as: 'resident' | 'otherResident', orderId: string) =>
    ok(as, '/orders', {
      orderId,
      siteId: 'st-1',
      category: 'health',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
  await place('resident', 'w-done')
  await ok('dispatcher', '/orders/w-done/accept', {})
  await ok('dispatcher', '/orders/w-done/dispatch', { teamId: 'team-local' })
  await ok('leader', '/orders/w-done/take', { teamId: 'team-local' })
  await ok('leader', '/orders/w-done/complete', {
    teamId: 'team-local',
    report: { date: '2022-03-01', volunteerIds: ['v-1'], hours: 2, audience: 9, notes: '' },
  })
  await ok('resident', '/orders/w-done/evaluate', { rating: 4, comment: '好' })
  await place('resident', 'w-rejected')
  await ok('dispatcher', '/orders/w-rejected/reject', { reason: '重复' })
  await place('otherResident', 'w-other')
  await ok('dispatcher', '/orders/w-other/accept', {})
  await ok('dispatcher', '/orders/w-other/dispatch', { teamId: 'team-local' })
  await ok('dispatcher', '/monthly-themes/2022-03', { title: '学雷锋月' })
  await ok('dispatcher', '/activities', {
    activityId: 'act-1',
    title: '学雷锋志愿服务',
    kind: 'themed',
    organizerSiteId: 'st-1',
    teamIds: ['team-local'],
    plannedDate: '2022-03-05',
    themeMonth: '2022-03',
  })
  await ok('dispatcher', '/activities/act-1/hold', {
    date: '2022-03-05',
    teamIds: ['team-local'],
    volunteers: 5,
    hours: 10,
    audience: 60,
    notes: '',
  })
  await t.settle()
}

describe('every fact readable, from GET / on', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
    await seedWork(t)
  })
  afterAll(async () => {
    await t.close()
  })

  it('walks from the service root to an order’s detail without knowing an id', async () => {
    const root = await t.request(null, 'GET', '/')
    expect(root.status).toBe(200)
    const links = (root.body as { name: string; links: Links }).links
    expect(root.body).toMatchObject({ name: 'Wenming' })
    expect(links['docs']?.href).toBe('/docs')

    const sites = await t.request('dispatcher', 'GET', `${links['listSites']?.href}?level=station`)
    expect(sites.headers.get('x-projection-checkpoint')).toMatch(/^\d+$/)
    expect(sites.headers.get('x-projection-behind')).toBe('0')
    const stations = (sites.body as Page<{ siteId: string; teamCount: number; weak: boolean }>)
      .items
    expect(stations).toHaveLength(4)
    const withTeam = stations.find((s) => s.teamCount > 0)
    expect(withTeam).toBeDefined()
    const site = await t.request('dispatcher', 'GET', `/sites/${withTeam?.siteId}`)
    const teamId = (site.body as { teams: { teamId: string }[] }).teams[0]?.teamId
    const team = await t.request('dispatcher', 'GET', `/teams/${teamId}`)
    expect(team.body).toMatchObject({ homeSiteId: withTeam?.siteId, completed: 1 })

    const orders = await t.request(
      'dispatcher',
      'GET',
      `${links['listOrders']?.href}?status=evaluated&teamId=${teamId}`,
    )
    const first = (orders.body as Page<{ orderId: string }>).items[0]
    const detail = await t.request('dispatcher', 'GET', `/orders/${first?.orderId}`)
    expect(detail.status).toBe(200)
    expect(detail.headers.get('etag')).toBe('"5"')
    expect(detail.body).toMatchObject({
      order: {
        status: 'evaluated',
        teamId,
        report: { hours: 2, audience: 9 },
        evaluation: { rating: 4 },
      },
    })
    expect((detail.body as { events: unknown[] }).events).toHaveLength(6)
  })

  it('lists every status, a resident’s own orders and a leader’s tasks', async () => {
    const all = await t.request('dispatcher', 'GET', '/order-list')
    expect(
      (all.body as Page<{ orderId: string; status: string }>).items.map((o) => o.status),
    ).toEqual(expect.arrayContaining(['evaluated', 'rejected', 'dispatched']))
    const again = await t.request('dispatcher', 'GET', '/order-list', undefined, {
      'if-none-match': all.headers.get('etag') ?? '',
    })
    expect(again.status).toBe(304)
    const mine = await t.request('resident', 'GET', '/me/orders')
    expect(mine.status).toBe(200)
    expect((mine.body as Page<{ orderId: string }>).items.map((o) => o.orderId).sort()).toEqual([
      'w-done',
      'w-rejected',
    ])
    expect((await t.request('resident', 'GET', '/orders/w-other')).status).toBe(403)
    const tasks = await t.request('leader', 'GET', '/me/tasks')
    expect((tasks.body as Page<{ orderId: string }>).items.map((o) => o.orderId)).toEqual([
      'w-other',
    ])
    expect((await t.request('otherLeader', 'GET', '/me/tasks')).body).toMatchObject({ total: 0 })
  })

  it('answers the tree, clusters, activities, the theme’s compliance and the service circle', async () => {
    const tree = await t.request('resident', 'GET', '/sites/tree')
    expect(tree.body).toMatchObject({
      tree: [{ siteId: 'centre', children: [{ siteId: 'inst-1' }] }],
    })
    const clusters = await t.request('station', 'GET', '/clusters')
    expect(clusters.body).toMatchObject({
      total: 1,
      items: [{ clusterId: 'cl-1', pooledTeams: [{ teamId: 'team-pool' }] }],
    })
    const activities = await t.request('resident', 'GET', '/activities?kind=themed&month=2022-03')
    expect(activities.body).toMatchObject({ total: 1, items: [{ activityId: 'act-1' }] })
    const march = await t.request('auditor', 'GET', '/monthly-themes/2022-03')
    expect(march.body).toMatchObject({ theme: { title: '学雷锋月' }, with: [{ siteId: 'st-1' }] })
    expect((march.body as { without: { siteId: string }[] }).without.map((s) => s.siteId)).toEqual([
      'inst-1',
      'st-2',
      'st-3',
      'st-4',
    ])
    // st-1 is at 30.02° N; st-2 0.01° (1,112 m, 14.8 min) north, st-3 and st-4 just beyond 15 min.
    const circle = await t.request('resident', 'GET', '/service-circle?siteId=st-1')
    expect(circle.status).toBe(200)
    const answer = circle.body as {
      sites: { siteId: string; distanceMeters: number }[]
      teams: { teamId: string }[]
    }
    expect(answer.sites.map((s) => [s.siteId, s.distanceMeters])).toEqual([
      ['st-1', 0],
      ['inst-1', 1112],
      ['st-2', 1112],
    ])
    expect(answer.teams.map((team) => team.teamId)).toEqual(['team-local', 'team-pool'])
    const bad = await t.request('resident', 'GET', '/service-circle?minutes=5')
    expect(bad.status).toBe(400)
  })

  it('exports the report as CSV with a BOM and the district’s name, and as an XLSX workbook', async () => {
    const csv = await t.request('auditor', 'GET', '/reports/work?period=2022&format=csv')
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(csv.text.split('\r\n')[0]).toBe(
      'site centre新时代文明实践工作报告（2022-01-01 至 2022-12-31）',
    )
    expect(csv.text).toContain('订单,群众点单,3')
    const md = await t.request('auditor', 'GET', '/reports/work?period=2022&format=md&lang=en')
    expect(md.text).toContain('| request orders placed | 3 |')
    const response = await fetch(`${t.url}/reports/work?period=2022&format=xlsx`, {
      headers: { authorization: 'Bearer test-token-auditor-0123456789' },
    })
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
  })

  it('takes an action POST without a body as {}, and a one-team leader’s team as given', async () => {
    const placed = await t.request('resident', 'POST', '/orders', {
      orderId: 'w-edge',
      siteId: 'st-1',
      category: 'health',
      wantedAt: '2022-03-02T17:00:00+08:00',
    })
    expect(placed.status).toBe(201)
    expect(placed.body).toMatchObject({
      events: [{ data: { wantedAt: '2022-03-02T09:00:00.000Z' } }],
    })
    const bare = await fetch(`${t.url}/orders/w-edge/accept`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-token-dispatcher-0123456789' },
    })
    expect(bare.status).toBe(200)
    const emptyJson = await t.request('dispatcher', 'POST', '/orders/w-edge/dispatch', '', {
      'content-type': 'application/json',
    })
    expect(emptyJson.status).toBe(400)
    expect(
      (await t.request('dispatcher', 'POST', '/orders/w-edge/dispatch', { teamId: 'team-local' }))
        .status,
    ).toBe(200)
    const taken = await t.request('leader', 'POST', '/orders/w-edge/take', '', {
      'content-type': 'application/json',
    })
    expect(taken.status).toBe(200)
    expect(taken.body).toMatchObject({
      events: [{ type: 'OrderTaken', data: { teamId: 'team-local' } }],
    })
  })

  it('says a refusal as a sentence, in Chinese or, on Accept-Language: en, in English', async () => {
    const zh = await t.request('dispatcher', 'POST', '/orders/w-done/accept', {})
    expect(zh.status).toBe(409)
    expect(zh.body).toMatchObject({
      detail: '订单w-done当前状态为已评价，只有待受理的订单可以受理或不予受理。',
    })
    const en = await t.request(
      'dispatcher',
      'POST',
      '/orders/w-done/accept',
      {},
      { 'accept-language': 'en' },
    )
    expect(en.body).toMatchObject({
      detail: 'Order w-done is evaluated; only a placed order can be accepted or rejected.',
    })
  })

  it('documents the reads in OpenAPI with descriptions, examples, errors and named schemas', async () => {
    const doc = (await t.request(null, 'GET', '/docs/json')).body as {
      components: { schemas: Record<string, { example?: unknown }> }
      paths: Record<string, { get?: { description?: string; responses?: Record<string, unknown> } }>
    }
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'Problem',
        'Site',
        'SitePage',
        'Order',
        'OrderDetail',
        'ServiceCircle',
      ]),
    )
    expect(doc.components.schemas['ServiceCircle']?.example).toBeDefined()
    const sites = doc.paths['/sites']?.get
    expect(sites?.description).toMatch(/top down/)
    expect(Object.keys(sites?.responses ?? {})).toEqual(['200', '400', '401', '403', '404'])
  })
})
