import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi } from './testing/test-api.js'

const coordinates = { latitude: 30.05, longitude: 120.1 }

/** Each creating route, the body field that names the new resource, and a command on it (a 定单 is read). */
const creators = [
  {
    path: '/orders',
    field: 'orderId',
    body: { siteId: 'st-1', category: 'health', wantedAt: '2022-03-09T09:00:00.000Z' },
    follow: { action: 'cancel', body: {}, as: 'dispatcher' as const },
  },
  {
    path: '/directive-orders',
    field: 'orderId',
    body: { issuingSiteId: 'inst-1', teamId: 'team-big', theme: '宣讲', dueDate: '2022-04-01' },
    follow: undefined,
  },
  {
    path: '/sites',
    field: 'siteId',
    body: { parentId: 'inst-1', level: 'station', name: 'new', kind: 'village', coordinates },
    follow: { action: 'rename', body: { name: '新名' }, as: 'dispatcher' as const },
  },
  {
    path: '/teams',
    field: 'teamId',
    body: {
      name: 'n',
      homeSiteId: 'st-1',
      organizationId: 'org-1',
      platform: 'culture',
      categories: ['culture'],
      capacity: 2,
      leader: { volunteerId: 'v-7', displayName: '七' },
    },
    follow: { action: 'suspend', body: {}, as: 'dispatcher' as const },
  },
  {
    path: '/activities',
    field: 'activityId',
    body: {
      title: '广场活动',
      kind: 'square',
      organizerSiteId: 'st-1',
      teamIds: ['team-local'],
      plannedDate: '2022-03-12',
    },
    follow: { action: 'cancel', body: { reason: '天气原因' }, as: 'dispatcher' as const },
  },
]

/** Strings that an id might be: hostile ones (non-ASCII, controls, long, URL syntax) and plain ones. */
const anyId = fc.oneof(
  fc.constantFrom(
    '订单-一',
    '队伍一',
    '😀',
    'a\u0000b',
    'a\r\nb',
    'a b',
    '../x',
    '.',
    '%41',
    'a/b',
    'a?b',
    'a#b',
    'x'.repeat(101),
    'x'.repeat(100),
  ),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
  fc.stringMatching(/^[A-Za-z0-9][\w.~-]{0,20}$/),
)

describe('ids at the HTTP edge', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
    // Every 定单 holds a place of its team's capacity: one team takes them all.
    const big = await t.request('dispatcher', 'POST', '/teams', {
      ...creators[3]!.body,
      teamId: 'team-big',
      homeSiteId: 'inst-1',
      capacity: 1000,
    })
    expect(big.status).toBe(201)
  })
  afterAll(async () => {
    await t.close()
  })

  it('answers any string as a new id with a 400 naming the field and nothing appended, or a 2xx and a usable resource', async () => {
    const used = new Set<string>()
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...creators), anyId, async (creator, id) => {
        fc.pre(!used.has(`${creator.field}:${id}`))
        used.add(`${creator.field}:${id}`)
        const before = await t.eventCount()
        const created = await t.request('dispatcher', 'POST', creator.path, {
          ...creator.body,
          [creator.field]: id,
        })
        const what = `${creator.path} ${JSON.stringify(id)} -> ${created.status} ${created.text}`
        if (created.status === 400) {
          expect(created.headers.get('content-type'), what).toMatch(/^application\/problem\+json/)
          expect(JSON.stringify(created.body), what).toContain(creator.field)
          expect(await t.eventCount(), what).toBe(before)
          return
        }
        expect(created.status, what).toBe(201)
        const location = created.headers.get('location') ?? ''
        expect(location, what).toMatch(/^[\x21-\x7e]+$/)
        if (creator.follow !== undefined) {
          const next = await t.request(
            creator.follow.as,
            'POST',
            `${location}/${creator.follow.action}`,
            creator.follow.body,
          )
          const then = `${what}; then ${location}: ${next.status} ${next.text}`
          expect(next.status, then).toBeLessThan(300)
        }
        if (creator.path.endsWith('orders')) {
          const read = await t.request('dispatcher', 'GET', location)
          expect(read.status, what).toBe(200)
        }
      }),
      { numRuns: 120 },
    )
  })

  it('refuses an id of more than 100 characters at create', async () => {
    const before = await t.eventCount()
    const response = await t.request('dispatcher', 'POST', '/orders', {
      ...creators[0]!.body,
      orderId: 'o'.repeat(101),
    })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ errors: [{ in: 'body', field: 'orderId' }] })
    expect(await t.eventCount()).toBe(before)
  })
})
