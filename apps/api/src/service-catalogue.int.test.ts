import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi } from './testing/test-api.js'

type Refused = { refusal: Record<string, unknown>; detail: string }
type Menu = {
  districtId: string
  platforms: { platform: string; services: { code: string; attributes: { code: string }[] }[] }[]
}

const elderlyCare = {
  code: 'elderly_care',
  name: '助老服务',
  description: '上门陪护、代购、理发',
  platform: 'elderly',
  attributes: [
    {
      code: 'kind',
      description: '需要哪种服务',
      datatype: 'singlevaluelist',
      required: true,
      values: [
        { key: 'haircut', name: '理发' },
        { key: 'shopping', name: '代购' },
      ],
      order: 2,
    },
    { code: 'people', description: '老人人数', datatype: 'number', required: false, order: 1 },
  ],
}

describe('the service catalogue (服务菜单) over HTTP against SQLite (S1-S3)', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
    const published = await t.request('dispatcher', 'POST', '/catalogue/centre/entries', {
      entry: elderlyCare,
    })
    expect(published.status).toBe(201)
    expect(published.headers.get('location')).toBe('/services/elderly_care')
  })
  afterAll(async () => {
    await t.close()
  })

  it('shows the menu without a token, grouped by platform, questions in the form’s order', async () => {
    const menu = await t.request(null, 'GET', '/services')
    expect(menu.status).toBe(200)
    const body = menu.body as Menu
    expect(body.districtId).toBe('centre')
    expect(body.platforms.map((p) => p.platform)).toEqual(['culture', 'elderly', 'health'])
    const elderly = body.platforms.find((p) => p.platform === 'elderly')!.services[0]!
    expect(elderly).toMatchObject({ code: 'elderly_care', name: '助老服务', status: 'active' })
    expect(elderly.attributes.map((a) => a.code)).toEqual(['people', 'kind'])
    const one = await t.request(null, 'GET', '/services/elderly_care')
    expect(one.body).toMatchObject({ code: 'elderly_care', orderableBy: 'residents' })
  })

  it('answers an unknown code with the closest entries', async () => {
    const missing = await t.request(null, 'GET', '/services/elderly-care')
    expect(missing.status).toBe(404)
    expect((missing.body as { closest: string[] }).closest[0]).toBe('elderly_care')
  })

  it('refuses an order for an unknown entry, naming the closest (the elderly-care bug)', async () => {
    const count = await t.eventCount()
    const refused = await t.request('resident', 'POST', '/orders', {
      siteId: 'st-1',
      category: 'elderly-care',
      answers: { kind: 'haircut' },
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    expect(refused.status).toBe(409)
    const body = refused.body as Refused
    expect(body.refusal).toMatchObject({ type: 'CatalogueEntryUnknown', code: 'elderly-care' })
    expect((body.refusal['closest'] as string[])[0]).toBe('elderly_care')
    expect(body.detail).toMatch(/^服务菜单中没有“elderly-care”。相近的服务：elderly_care/)
    expect(await t.eventCount()).toBe(count)
  })

  it('takes an order that answers the entry’s questions, and refuses one that does not', async () => {
    const unanswered = await t.request('resident', 'POST', '/orders', {
      siteId: 'st-1',
      category: 'elderly_care',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    expect(unanswered.status).toBe(409)
    expect((unanswered.body as Refused).refusal).toMatchObject({
      type: 'RequestAnswersInvalid',
      attribute: 'kind',
      problem: 'missing',
    })
    const placed = await t.request('resident', 'POST', '/orders', {
      orderId: 'o-care',
      siteId: 'st-1',
      category: 'elderly_care',
      answers: { kind: 'haircut', people: 2 },
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    expect(placed.status).toBe(201)
    const events = (placed.body as { events: { data: Record<string, unknown> }[] }).events
    expect(events[0]?.data).toMatchObject({ answers: { kind: 'haircut', people: 2 } })
  })

  it('keeps an entry only staff may order from residents (S3)', async () => {
    await t.request('dispatcher', 'POST', '/catalogue/centre/entries', {
      entry: { code: 'theory', name: '理论宣讲', platform: 'theory', orderableBy: 'staff' },
    })
    const resident = await t.request('resident', 'POST', '/orders', {
      siteId: 'st-1',
      category: 'theory',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    expect(resident.status).toBe(409)
    expect((resident.body as Refused).refusal.type).toBe('CatalogueEntryStaffOnly')
    const staff = await t.request('station', 'POST', '/orders', {
      siteId: 'st-1',
      category: 'theory',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    expect(staff.status).toBe(201)
  })

  it('lets a team serve only catalogue entries (S2), and dispatches by entry', async () => {
    const refused = await t.request('dispatcher', 'POST', '/teams', {
      name: '助老队',
      homeSiteId: 'st-1',
      organizationId: 'org-1',
      platform: 'elderly',
      categories: ['elderly-care'],
      capacity: 2,
      leader: { volunteerId: 'v-9', displayName: '张队长' },
    })
    expect(refused.status).toBe(409)
    expect((refused.body as Refused).refusal).toMatchObject({ type: 'CatalogueEntryUnknown' })
    expect(((refused.body as Refused).refusal['closest'] as string[])[0]).toBe('elderly_care')
    const team = await t.request('dispatcher', 'POST', '/teams', {
      teamId: 'team-care',
      name: '助老队',
      homeSiteId: 'st-1',
      organizationId: 'org-1',
      platform: 'elderly',
      categories: ['elderly_care'],
      capacity: 2,
      leader: { volunteerId: 'v-9', displayName: '张队长' },
    })
    expect(team.status).toBe(201)
    await t.request('dispatcher', 'POST', '/orders/o-care/accept', {})
    await t.settle()
    const suggestions = await t.request('dispatcher', 'GET', '/orders/o-care/dispatch-suggestions')
    const ranked = (suggestions.body as { ranked: { teamId: string }[] }).ranked
    expect(ranked.map((r) => r.teamId)).toEqual(['team-care'])
    const dispatched = await t.request('dispatcher', 'POST', '/orders/o-care/dispatch', {
      teamId: 'team-care',
    })
    expect(dispatched.status).toBe(200)
  })

  it('retires an entry: the menu drops it, a new order is refused, the entry reads as retired', async () => {
    const retired = await t.request(
      'dispatcher',
      'POST',
      '/catalogue/centre/entries/culture/retire',
      { reason: '合并到文艺演出' },
    )
    expect(retired.status).toBe(200)
    const menu = (await t.request(null, 'GET', '/services')).body as Menu
    expect(menu.platforms.map((p) => p.platform)).not.toContain('culture')
    expect((await t.request(null, 'GET', '/services/culture')).body).toMatchObject({
      status: 'retired',
    })
    const refused = await t.request('resident', 'POST', '/orders', {
      siteId: 'st-1',
      category: 'culture',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    expect(refused.status).toBe(409)
    expect((refused.body as Refused).refusal.type).toBe('CatalogueEntryNotActive')
  })
})
