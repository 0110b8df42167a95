import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi } from './testing/test-api.js'

type Created = { events: { type: string; data: Record<string, unknown> }[] }
type Refused = { refusal: Record<string, unknown>; detail: string }
type Held = { holder: { level: string; siteId: string | null } | null }
type Detail = { order: Held & { status: string }; events: { type: string; data: unknown }[] }
type Board = { orders: (Held & { orderId: string })[] }

const report = { date: '2022-03-02', volunteerIds: ['v-2'], hours: 2, audience: 12, notes: '' }

describe('a station escalates to its institute, which dispatches to a pooled team (O8), over HTTP against SQLite', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
  })
  afterAll(async () => {
    await t.close()
  })

  it('hands the order up with its reason, lets each level dispatch within its reach, keeps the report', async () => {
    // st-3 is a member of cluster cl-1 and has no team of its own; team-pool (st-2) is pooled.
    const placed = await t.request('resident', 'POST', '/orders', {
      orderId: 'e-1',
      siteId: 'st-3',
      category: 'health',
      need: '老人测血压',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    expect(placed.status).toBe(201)
    const accepted = await t.request('clusterStation', 'POST', '/orders/e-1/accept', {})
    expect(accepted.status).toBe(200)
    expect((accepted.body as Created).events[0]?.data).toMatchObject({
      holder: { level: 'station', siteId: 'st-3' },
    })

    // The station reaches only its own teams; the pooled team is its institute's to send.
    const tooFar = await t.request('clusterStation', 'POST', '/orders/e-1/dispatch', {
      teamId: 'team-pool',
    })
    expect(tooFar.status).toBe(409)
    expect((tooFar.body as Refused).refusal).toEqual({
      type: 'TeamBeyondHolderReach',
      orderId: 'e-1',
      teamId: 'team-pool',
      holder: 'station',
      reach: 'pooled',
    })
    // The suggestion already says so: the pooled team is beyond the station's reach.
    type Suggestions = {
      ranked: { teamId: string }[]
      excluded: { teamId: string; reasons: { type: string }[] }[]
    }
    const suggest = async () => {
      await t.settle()
      return (await t.request('dispatcher', 'GET', '/orders/e-1/dispatch-suggestions'))
        .body as Suggestions
    }
    const atStation = await suggest()
    expect(atStation.ranked).toEqual([])
    expect(atStation.excluded.find((e) => e.teamId === 'team-pool')?.reasons).toEqual([
      expect.objectContaining({ type: 'BeyondHolderReach' }),
    ])
    // Only the holder escalates, and only with a reason.
    expect(
      (await t.request('institute', 'POST', '/orders/e-1/escalate', { reason: '越级' })).status,
    ).toBe(403)
    expect(
      (await t.request('clusterStation', 'POST', '/orders/e-1/escalate', { reason: ' ' })).status,
    ).toBe(400)
    const escalated = await t.request('clusterStation', 'POST', '/orders/e-1/escalate', {
      reason: '本站没有健康义诊队伍',
    })
    expect(escalated.status).toBe(200)
    expect((escalated.body as Created).events).toMatchObject([
      {
        type: 'OrderEscalated',
        data: {
          from: { level: 'station', siteId: 'st-3' },
          to: { level: 'institute', siteId: 'inst-1' },
          reason: '本站没有健康义诊队伍',
          by: 'u-station-3',
        },
      },
    ])

    // The institute holds it now: the station no longer dispatches it, the institute does.
    // Its reach: the pooled team, then team-local of its station st-1; not the district's own.
    expect((await suggest()).ranked.map((r) => r.teamId)).toEqual(['team-pool', 'team-local'])
    await t.settle()
    const board = (await t.request('institute', 'GET', '/orders')).body as Board
    expect(board.orders.find((o) => o.orderId === 'e-1')?.holder).toEqual({
      level: 'institute',
      siteId: 'inst-1',
    })
    expect(
      (await t.request('clusterStation', 'POST', '/orders/e-1/dispatch', { teamId: 'team-pool' }))
        .status,
    ).toBe(403)
    const district = await t.request('institute', 'POST', '/orders/e-1/dispatch', {
      teamId: 'team-district',
    })
    expect((district.body as Refused).refusal).toMatchObject({
      type: 'TeamBeyondHolderReach',
      holder: 'institute',
      reach: 'district',
    })
    const dispatched = await t.request('institute', 'POST', '/orders/e-1/dispatch', {
      teamId: 'team-pool',
    })
    expect(dispatched.status).toBe(200)
    expect((dispatched.body as Created).events.map((e) => [e.type, e.data['reach']])).toEqual([
      ['TeamCapacityReserved', undefined],
      ['OrderDispatched', 'pooled'],
    ])

    expect((await t.request('otherLeader', 'POST', '/orders/e-1/take', {})).status).toBe(200)
    const completed = await t.request('otherLeader', 'POST', '/orders/e-1/complete', { report })
    expect(completed.status).toBe(200)

    // The order's detail shows the holder and keeps the hand-over in its history.
    await t.settle()
    const detail = (await t.request('institute', 'GET', '/orders/e-1')).body as Detail
    expect(detail.order).toMatchObject({
      status: 'completed',
      holder: { level: 'institute', siteId: 'inst-1' },
    })
    expect(detail.events.map((e) => e.type)).toEqual([
      'RequestOrderPlaced',
      'OrderAccepted',
      'OrderEscalated',
      'OrderDispatched',
      'OrderTaken',
      'OrderCompleted',
    ])
    // An escalation is no new order: the report counts one request order, accepted and completed.
    const work = await t.request('auditor', 'GET', '/reports/work?period=2022')
    expect(work.body).toMatchObject({
      requestOrders: { placed: 1, accepted: 1, completed: 1 },
    })
  })

  it('passes an institute’s order on to the centre, and no further', async () => {
    await t.request('resident', 'POST', '/orders', {
      orderId: 'e-2',
      siteId: 'st-3',
      category: 'health',
      wantedAt: '2022-03-03T09:00:00.000Z',
    })
    expect((await t.request('institute', 'POST', '/orders/e-2/accept', {})).status).toBe(200)
    const up = await t.request('institute', 'POST', '/orders/e-2/escalate', {
      reason: '片区队伍已满',
    })
    expect((up.body as Created).events[0]?.data).toMatchObject({
      from: { level: 'institute', siteId: 'inst-1' },
      to: { level: 'centre', siteId: 'centre' },
    })
    const top = await t.request('dispatcher', 'POST', '/orders/e-2/escalate', { reason: '无' })
    expect(top.status).toBe(409)
    expect((top.body as Refused).refusal).toEqual({ type: 'OrderHeldByCentre', orderId: 'e-2' })
    const dispatched = await t.request('dispatcher', 'POST', '/orders/e-2/dispatch', {
      teamId: 'team-district',
    })
    expect((dispatched.body as Created).events.map((e) => e.data['reach'])).toContain('district')
  })
})
