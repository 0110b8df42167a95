import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from './testing/test-api.js'

describe('GET /me', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
  })
  afterAll(async () => {
    await t.close()
  })

  it('answers the principal the token acts as, with its sites and teams, never the token', async () => {
    const station = await t.request('station', 'GET', '/me')
    expect(station.status).toBe(200)
    expect(station.body).toEqual({
      id: 'u-station',
      role: 'station-admin',
      sites: ['st-1'],
      teams: [],
    })
    const leader = await t.request('leader', 'GET', '/me')
    expect(leader.body).toMatchObject({ role: 'team-leader', sites: [] })
    expect((leader.body as { teams: string[] }).teams.length).toBeGreaterThan(0)
    expect(leader.text).not.toMatch(/token/i)
    expect((await t.request(null, 'GET', '/me')).status).toBe(401)
  })
})
