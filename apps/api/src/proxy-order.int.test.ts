import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi } from './testing/test-api.js'

type Created = { events: { type: string; data: Record<string, unknown> }[] }

describe('a proxy order (代点单) over HTTP against SQLite (O9)', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
  })
  afterAll(async () => {
    await t.close()
  })

  it('is evaluated by the proxy on behalf of the person served, and the evaluation says so', async () => {
    const placed = await t.request('station', 'POST', '/orders', {
      orderId: 'o-proxy',
      siteId: 'st-1',
      onBehalfOf: '独居老人王奶奶',
      category: 'health',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    expect(placed.status).toBe(201)
    await t.request('dispatcher', 'POST', '/orders/o-proxy/accept', {})
    await t.request('dispatcher', 'POST', '/orders/o-proxy/dispatch', { teamId: 'team-local' })
    await t.request('leader', 'POST', '/orders/o-proxy/take', { teamId: 'team-local' })
    t.advance(5)
    const completed = await t.request('leader', 'POST', '/orders/o-proxy/complete', {
      teamId: 'team-local',
      report: { date: '2022-03-02', volunteerIds: ['v-1'], hours: 2, audience: 1, notes: '' },
    })
    expect(completed.status).toBe(200)
    const evaluated = await t.request('station', 'POST', '/orders/o-proxy/evaluate', {
      rating: 5,
      comment: '王奶奶很满意',
    })
    expect(evaluated.status).toBe(200)
    const event = (evaluated.body as Created).events.find((e) => e.type === 'OrderEvaluated')
    expect(event?.data).toMatchObject({ evaluatedBy: 'u-station', onBehalf: true, rating: 5 })
  })

  it('records an evaluation of one’s own order as one’s own', async () => {
    await t.request('resident', 'POST', '/orders', {
      orderId: 'o-own',
      siteId: 'st-1',
      category: 'health',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    await t.request('dispatcher', 'POST', '/orders/o-own/accept', {})
    await t.request('dispatcher', 'POST', '/orders/o-own/dispatch', { teamId: 'team-local' })
    await t.request('leader', 'POST', '/orders/o-own/take', { teamId: 'team-local' })
    await t.request('leader', 'POST', '/orders/o-own/complete', {
      teamId: 'team-local',
      report: { date: '2022-03-02', volunteerIds: ['v-1'], hours: 2, audience: 1, notes: '' },
    })
    const evaluated = await t.request('resident', 'POST', '/orders/o-own/evaluate', { rating: 4 })
    const event = (evaluated.body as Created).events.find((e) => e.type === 'OrderEvaluated')
    expect(event?.data).not.toHaveProperty('onBehalf')
  })
})
