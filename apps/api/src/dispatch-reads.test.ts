import { createInMemoryEventStore, inMemoryReadSide } from '@wenming/event-store'
import { countingReads } from '@wenming/event-store/testing'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuthConfig } from './auth-config.js'
import { createWenmingApi, type WenmingApi } from './create-wenming-api.js'

const auth: AuthConfig = {
  tokens: [
    {
      token: 'dispatcher-token-0123456789',
      principal: { id: 'u-dispatcher', role: 'centre-dispatcher', sites: [], teams: [] },
    },
  ],
}

describe('the stream reads of a first dispatch through the API', () => {
  let api: WenmingApi
  let counted: ReturnType<typeof countingReads>['counted']

  const post = async (url: string, payload: unknown, headers: Record<string, string> = {}) => {
    const response = await api.app.inject({
      method: 'POST',
      url,
      headers: { authorization: 'Bearer dispatcher-token-0123456789', ...headers },
      payload: payload as Record<string, unknown>,
    })
    if (response.statusCode >= 300)
      throw new Error(`${url}: ${response.statusCode} ${response.body}`)
    return response
  }

  beforeEach(async () => {
    const wrapped = countingReads(createInMemoryEventStore())
    counted = wrapped.counted
    api = await createWenmingApi({
      store: wrapped.store,
      readSide: inMemoryReadSide(wrapped.store),
      auth,
      projectionIntervalMs: 5,
    })
    const site = (siteId: string, parentId: string | null, level: string) =>
      post('/sites', {
        siteId,
        parentId,
        level,
        name: siteId,
        kind: level,
        coordinates: { latitude: 30, longitude: 120 },
      })
    await site('centre', null, 'center')
    await post('/catalogue/centre/entries', {
      entry: { code: 'health', name: '健康义诊', platform: 'health' },
    })
    await site('inst-1', 'centre', 'institute')
    for (const station of ['st-1', 'st-2', 'st-3', 'st-4']) await site(station, 'inst-1', 'station')
    const team = (teamId: string, homeSiteId: string) =>
      post('/teams', {
        teamId,
        name: teamId,
        homeSiteId,
        organizationId: 'org-1',
        platform: 'health',
        categories: ['health'],
        capacity: 3,
        leader: { volunteerId: `v-${teamId}`, displayName: 'leader' },
      })
    await team('team-local', 'st-1')
    await team('team-pool', 'st-2')
    await team('team-district', 'centre')
    await post('/clusters', {
      clusterId: 'cl-1',
      name: 'cluster',
      leadSiteId: 'st-2',
      memberSiteIds: ['st-3', 'st-4'],
    })
    await post('/clusters/cl-1/teams', { teamId: 'team-pool' })
  })

  afterEach(async () => {
    await api.close()
  })

  const readsOfDispatch = async (siteId: string, teamId: string, ifMatch: boolean) => {
    const orderId = `o-${siteId}-${teamId}-${ifMatch ? 'pinned' : 'plain'}`
    await post('/orders', {
      orderId,
      siteId,
      category: 'health',
      need: 'blood pressure checks',
      wantedAt: '2026-03-05T09:00:00.000Z',
    })
    const accepted = await post(`/orders/${orderId}/accept`, {})
    counted.reads = 0
    counted.streams = []
    const dispatched = await post(
      `/orders/${orderId}/dispatch`,
      { teamId },
      ifMatch ? { 'if-match': accepted.headers.etag as string } : {},
    )
    expect(dispatched.json()).toMatchObject({
      events: [{ type: 'TeamCapacityReserved' }, { type: 'OrderDispatched' }],
    })
    return { reads: counted.reads, streams: counted.streams }
  }

  it.each([
    ['a local team', 'st-1', 'team-local', ['order-', 'site-st-1', 'team-team-local']],
    [
      'a pooled team',
      'st-3',
      'team-pool',
      ['order-', 'site-st-3', 'team-team-pool', 'cluster-cl-1'],
    ],
    ['a district team', 'st-1', 'team-district', ['order-', 'site-st-1', 'team-team-district']],
    [
      'a district team to a site in a cluster',
      'st-3',
      'team-district',
      ['order-', 'site-st-3', 'team-team-district', 'cluster-cl-1'],
    ],
  ])(
    'reads at most 4 streams, each once, to dispatch to %s',
    async (_, siteId, teamId, expected) => {
      for (const ifMatch of [false, true]) {
        const { reads, streams } = await readsOfDispatch(siteId, teamId, ifMatch)
        expect(reads).toBeLessThanOrEqual(4)
        expect(streams.map((s) => (s.startsWith('order-') ? 'order-' : s))).toEqual(expected)
        // Reset for the If-Match round: a second order on the same team.
        if (!ifMatch) continue
      }
    },
  )
})
