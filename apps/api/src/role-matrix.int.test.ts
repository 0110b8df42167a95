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
    // m-s: accepted by st-1's admin, so station st-1 holds it (O8), for the suggestions' scope.
    const suggested = await t.request('resident', 'POST', '/orders', {
      orderId: 'm-s',
      siteId: 'st-1',
      category: 'health',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    const held = await t.request('station', 'POST', '/orders/m-s/accept', {})
    expect([placed.status, planned.status, suggested.status, held.status]).toEqual([
      201, 201, 201, 200,
    ])
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

  it('opens dispatch suggestions to whoever may dispatch the order: the dispatcher and the holding site’s admin (O8)', async () => {
    const path = '/orders/m-s/dispatch-suggestions'
    const allows = async (allowed: readonly TestPrincipal[]) => {
      await t.settle()
      expect((await t.request(null, 'GET', path)).status).toBe(401)
      for (const who of everyone) {
        const response = await t.request(who, 'GET', path)
        expect(response.status, `${who} ${response.text}`).toBe(allowed.includes(who) ? 200 : 403)
        if (!allowed.includes(who)) {
          expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
        }
      }
    }
    await allows(['dispatcher', 'station'])
    const escalated = await t.request('station', 'POST', '/orders/m-s/escalate', {
      reason: '本站忙不过来',
    })
    expect(escalated.status).toBe(200)
    await allows(['dispatcher', 'institute'])
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
