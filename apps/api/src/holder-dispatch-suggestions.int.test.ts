import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi, type TestPrincipal } from './testing/test-api.js'

type Suggestions = {
  orderId: string
  ranked: { teamId: string; reach: string }[]
  excluded: { teamId: string; reasons: { type: string; holder?: string; reach?: string }[] }[]
}

describe('a station or institute admin that holds an order reads its dispatch suggestions (O8), over HTTP against SQLite', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
  })
  afterAll(async () => {
    await t.close()
  })

  const suggestions = async (who: TestPrincipal, orderId: string) => {
    await t.settle()
    return t.request(who, 'GET', `/orders/${orderId}/dispatch-suggestions`)
  }
  const place = async (orderId: string, siteId: string) => {
    const placed = await t.request('resident', 'POST', '/orders', {
      orderId,
      siteId,
      category: 'health',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    expect(placed.status).toBe(201)
  }

  it('ranks a station’s own teams for the station’s admin, leaves the district’s beyond its reach, and the station dispatches the first', async () => {
    await place('h-1', 'st-1')
    expect((await t.request('station', 'POST', '/orders/h-1/accept', {})).status).toBe(200)

    const response = await suggestions('station', 'h-1')
    expect(response.status).toBe(200)
    const body = response.body as Suggestions
    expect(body.ranked.map((r) => [r.teamId, r.reach])).toEqual([['team-local', 'local']])
    expect(body.excluded.find((e) => e.teamId === 'team-district')?.reasons).toEqual([
      { type: 'BeyondHolderReach', holder: 'station', reach: 'district' },
    ])
    // The centre's dispatcher reads the same ranking: it is the holder's reach, not the reader's.
    expect(((await suggestions('dispatcher', 'h-1')).body as Suggestions).ranked).toEqual(
      body.ranked,
    )

    // Admins of another station, of the institute (it does not hold the order) and leaders: 403.
    for (const who of ['otherStation', 'clusterStation', 'institute', 'leader'] as const) {
      const refused = await suggestions(who, 'h-1')
      expect(refused.status, who).toBe(403)
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    }

    const [first] = body.ranked
    const dispatched = await t.request('station', 'POST', '/orders/h-1/dispatch', {
      teamId: first?.teamId,
    })
    expect(dispatched.status).toBe(200)
  })

  it('moves the suggestions to the institute with an escalation, ranked within the institute’s reach', async () => {
    // st-3 has no team of its own: its admin accepts, finds nothing to rank, and escalates.
    await place('h-2', 'st-3')
    expect((await t.request('clusterStation', 'POST', '/orders/h-2/accept', {})).status).toBe(200)
    const atStation = await suggestions('clusterStation', 'h-2')
    expect(atStation.status).toBe(200)
    expect((atStation.body as Suggestions).ranked).toEqual([])
    expect((await suggestions('institute', 'h-2')).status).toBe(403)

    const escalated = await t.request('clusterStation', 'POST', '/orders/h-2/escalate', {
      reason: '本站没有健康义诊队伍',
    })
    expect(escalated.status).toBe(200)

    const atInstitute = await suggestions('institute', 'h-2')
    expect(atInstitute.status).toBe(200)
    const body = atInstitute.body as Suggestions
    expect(body.ranked.map((r) => [r.teamId, r.reach])).toEqual([
      ['team-pool', 'pooled'],
      ['team-local', 'institute'],
    ])
    expect(body.excluded.find((e) => e.teamId === 'team-district')?.reasons).toEqual([
      { type: 'BeyondHolderReach', holder: 'institute', reach: 'district' },
    ])
    // The station handed it up: its admin no longer reads or dispatches it.
    expect((await suggestions('clusterStation', 'h-2')).status).toBe(403)
    expect(
      (await t.request('institute', 'POST', '/orders/h-2/dispatch', { teamId: 'team-pool' }))
        .status,
    ).toBe(200)
  })

  it('answers 404 to an admin asking about an order that does not exist', async () => {
    expect((await suggestions('station', 'h-none')).status).toBe(404)
  })
})
