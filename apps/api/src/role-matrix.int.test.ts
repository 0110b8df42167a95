import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWenmingDomain } from '@wenming/domain'
import { wenmingCommandRoutes } from './routes/wenming-command-routes.js'
import { commandCases } from './testing/command-cases.js'
import { seedDistrict } from './testing/seed-district.js'
import {
  startTestApi,
  testPrincipals,
  type TestApi,
  type TestPrincipal,
} from './testing/test-api.js'

const everyone = Object.keys(testPrincipals) as TestPrincipal[]

describe('the role and scope matrix over HTTP', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
    const placed = await t.request('resident', 'POST', '/orders', {
      orderId: 'm-o',
      siteId: 'st-1',
      category: 'health',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    const planned = await t.request('station', 'POST', '/activities', {
      activityId: 'act-1',
      title: '志愿服务',
      kind: 'regular',
      organizerSiteId: 'st-1',
      teamIds: ['team-local'],
      plannedDate: '2022-03-12',
    })
    expect([placed.status, planned.status]).toEqual([201, 201])
  })
  afterAll(async () => {
    await t.close()
  })

  it('has one case for every command route', () => {
    expect(commandCases.map((c) => c.route).sort()).toEqual(
      wenmingCommandRoutes(createWenmingDomain())
        .map((r) => r.url)
        .sort(),
    )
  })

  it('answers 401 to every command without a token and appends nothing', async () => {
    const before = await t.eventCount()
    for (const c of commandCases) {
      expect((await t.request(null, 'POST', c.path, c.body)).status, c.path).toBe(401)
    }
    expect(await t.eventCount()).toBe(before)
  })

  it('answers 403 to every principal outside a command’s roles or scope, appending nothing, and lets the others through', async () => {
    for (const c of commandCases) {
      const before = await t.eventCount()
      for (const who of everyone.filter((p) => !c.allowed.includes(p))) {
        const response = await t.request(who, 'POST', c.path, c.body)
        expect(response.status, `${who} ${c.path} ${response.text}`).toBe(403)
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      }
      expect(await t.eventCount(), c.path).toBe(before)
      for (const who of c.allowed) {
        const response = await t.request(who, 'POST', c.path, c.body)
        expect([401, 403], `${who} ${c.path} ${response.text}`).not.toContain(response.status)
        expect(response.status, `${who} ${c.path} ${response.text}`).toBeLessThan(500)
      }
    }
  })

  it('records the principal in the metadata of the events it appends', async () => {
    for await (const event of t.store.readAll()) {
      const actor = event.metadata?.['actor'] as { id?: string; role?: string } | undefined
      expect(actor?.id, event.type).toMatch(/^u-/)
      expect(actor?.role).toBeDefined()
    }
  })
})
