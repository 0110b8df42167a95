import { createInMemoryEventStore } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { computeWorkReport } from './compute-work-report.js'
import {
  activityHeld,
  clusterEvent,
  clusterFormed,
  cst,
  directiveIssued,
  dispatched,
  evaluated,
  memberJoined,
  memberLeft,
  orderEvent,
  requestPlaced,
  siteRegistered,
  teamDissolved,
  teamRegistered,
  type TestEvent,
} from './test-support/event-builders.js'

const year2022 = { from: '2022-01-01', to: '2022-12-31' }

const network: TestEvent[] = [
  siteRegistered('c', null, 'center', cst('2021-12-01')),
  siteRegistered('i1', 'c', 'institute', cst('2021-12-01')),
  siteRegistered('s1', 'i1', 'station', cst('2021-12-01')),
  siteRegistered('s2', 'i1', 'station', cst('2021-12-01')),
  siteRegistered('s3', 'i1', 'station', cst('2021-12-01')),
]

describe('computeWorkReport', () => {
  it('counts platform teams at the centre and community teams elsewhere, with members', async () => {
    const report = await computeWorkReport(
      [
        ...network,
        teamRegistered('p1', 'c', 'org-a', 'v1', cst('2022-02-01')),
        memberJoined('p1', 'v2', cst('2022-02-02')),
        teamRegistered('p2', 'c', 'org-a', 'v3', cst('2022-02-03')),
        teamRegistered('p3', 'c', 'org-b', 'v4', cst('2022-02-03')),
        teamRegistered('k1', 's1', 'org-c', 'v5', cst('2022-03-01')),
        memberJoined('k1', 'v1', cst('2022-03-02')),
        memberJoined('k1', 'v6', cst('2022-03-02')),
        memberLeft('k1', 'v6', cst('2022-04-02')),
      ],
      year2022,
    )
    expect(report.teams).toEqual({
      community: { teams: 1, members: 2 },
      platform: { teams: 3, members: 4 },
    })
    expect(report.organizations).toBe(2)
    expect(report.volunteers).toEqual({ total: 5, platform: 4 })
  })

  it('takes a dissolved team, its members and its organisation out of the stocks', async () => {
    const events = [
      ...network,
      teamRegistered('p1', 'c', 'org-a', 'v1', cst('2022-02-01')),
      memberJoined('p1', 'v2', cst('2022-02-02')),
      teamDissolved('p1', cst('2022-06-01')),
    ]
    const before = await computeWorkReport(events, { ...year2022, asOf: '2022-05-31' })
    const after = await computeWorkReport(events, year2022)
    expect(before.teams.platform).toEqual({ teams: 1, members: 2 })
    expect(before.organizations).toBe(1)
    expect(after.teams.platform).toEqual({ teams: 0, members: 0 })
    expect(after.organizations).toBe(0)
    expect(after.volunteers).toEqual({ total: 0, platform: 0 })
  })

  it('follows request orders through their lifecycle with rating and median hours', async () => {
    const report = await computeWorkReport(
      [
        ...network,
        requestPlaced('o1', 's1', cst('2022-03-01', 9)),
        orderEvent('OrderAccepted', 'o1', cst('2022-03-01', 10)),
        dispatched('o1', 't1', cst('2022-03-01', 11)),
        orderEvent('OrderDeclined', 'o1', cst('2022-03-01', 12)),
        dispatched('o1', 't2', cst('2022-03-01', 13), 'pooled'),
        orderEvent('OrderTaken', 'o1', cst('2022-03-01', 14)),
        orderEvent('OrderCompleted', 'o1', cst('2022-03-05')),
        evaluated('o1', 5, cst('2022-03-06')),
        requestPlaced('o2', 's2', cst('2022-04-01', 8)),
        orderEvent('OrderAccepted', 'o2', cst('2022-04-01', 9)),
        dispatched('o2', 't1', cst('2022-04-01', 12)),
        dispatched('o2', 't3', cst('2022-04-02', 12), 'district', true),
        orderEvent('OrderTaken', 'o2', cst('2022-04-02', 18)),
        orderEvent('OrderCompleted', 'o2', cst('2022-04-05')),
        evaluated('o2', 4, cst('2022-04-06')),
        requestPlaced('o3', 's2', cst('2022-04-01')),
        orderEvent('OrderRejected', 'o3', cst('2022-04-02')),
        requestPlaced('o4', 's2', cst('2022-04-01')),
        orderEvent('OrderCancelled', 'o4', cst('2022-04-02')),
        directiveIssued('d1', 'c', 't1', cst('2022-05-01')),
        orderEvent('OrderTaken', 'd1', cst('2022-05-01', 12)),
        orderEvent('OrderCompleted', 'd1', cst('2022-05-03')),
      ],
      year2022,
    )
    expect(report.requestOrders).toEqual({
      placed: 4,
      accepted: 2,
      rejected: 1,
      cancelled: 1,
      dispatched: 4,
      declined: 1,
      completed: 2,
      evaluated: 2,
      averageRating: 4.5,
      medianHoursToDispatch: 3,
      medianHoursToTake: 3.5,
    })
    expect(report.directiveOrders).toEqual({ issued: 1, completed: 1, evaluated: 0 })
    expect(report.clusters.pooledDispatches).toBe(1)
    expect(report.monthly.map((m) => m.requestOrdersPlaced)).toEqual([
      0, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0,
    ])
  })

  it('counts activities by level and kind, festivals, distinct intersections and audience', async () => {
    const report = await computeWorkReport(
      [
        ...network,
        activityHeld('a1', 'c', 'square', '2022-03-05', { audience: 1000 }),
        activityHeld('a2', 'i1', 'square', '2022-03-06'),
        activityHeld('a3', 's1', 'festival', '2022-04-05', { festival: '清明' }),
        activityHeld('a4', 's2', 'festival', '2022-06-03', { festival: '端午' }),
        activityHeld('a5', 's1', 'festival', '2022-06-03', { festival: '端午' }),
        activityHeld('a6', 'c', 'traffic_persuasion', '2022-07-02', { intersection: 'x1' }),
        activityHeld('a7', 'c', 'traffic_persuasion', '2022-07-09', { intersection: 'x1' }),
        activityHeld('a8', 'c', 'traffic_persuasion', '2022-07-09', { intersection: 'x2' }),
        activityHeld('a9', 's3', 'themed', '2022-08-01'),
        activityHeld('a10', 's3', 'regular', '2022-08-02'),
      ],
      year2022,
    )
    expect(report.activities).toEqual({
      total: 10,
      audience: 1900,
      volunteers: 50,
      byLevel: { center: 4, institute: 1, station: 5, point: 0 },
      byKind: { square: 2, regular: 1, festival: 3, traffic_persuasion: 3, themed: 1 },
      squareByLevel: { center: 1, institute: 1, station: 0, point: 0 },
    })
    expect(report.festivals).toEqual({ 清明: 1, 端午: 2 })
    const festive = await computeWorkReport(
      [
        ...network,
        activityHeld('f1', 's1', 'festival', '2022-10-04', { festival: '重阳' }),
        activityHeld('f2', 's1', 'festival', '2022-02-01', { festival: '春节' }),
        activityHeld('f3', 's1', 'festival', '2022-05-04', { festival: '青年节' }),
        activityHeld('f4', 's1', 'festival', '2022-06-03', { festival: '端午' }),
      ],
      year2022,
    )
    expect(Object.keys(festive.festivals)).toEqual(['春节', '端午', '重阳', '青年节'])
    expect(report.trafficPersuasion).toEqual({ sessions: 3, intersections: 2 })
  })

  it('counts an activity on the day it was held, once its report is known as of the date', async () => {
    const late = activityHeld('a1', 's1', 'regular', '2022-03-30', { at: cst('2022-04-02') })
    const events = [...network, late]
    const march = { from: '2022-03-01', to: '2022-03-31' }
    expect((await computeWorkReport(events, march)).activities.total).toBe(1)
    const asOfMarch = await computeWorkReport(events, { ...march, asOf: '2022-04-01' })
    expect(asOfMarch.activities.total).toBe(0)
    const asOfApril = await computeWorkReport(events, { ...march, asOf: '2022-04-02' })
    expect(asOfApril.activities.total).toBe(1)
  })

  it('counts clusters and their sites in the lead site district', async () => {
    const report = await computeWorkReport(
      [
        ...network,
        clusterFormed('k1', 's1', ['s2', 's3'], cst('2022-05-01')),
        clusterEvent('ClusterSiteLeft', 'k1', 's3', cst('2022-06-01')),
        clusterFormed('k2', 's3', ['s4', 's5'], cst('2022-07-01')),
        clusterEvent('ClusterDissolved', 'k2', 's3', cst('2022-08-01')),
      ],
      year2022,
    )
    expect(report.clusters).toEqual({
      clusters: 1,
      memberSites: 2,
      pooledDispatches: 0,
      jointActivities: 0,
    })
  })

  it('counts a 定单 to several teams once and its tasks one per team (O7)', async () => {
    const issued = directiveIssued('d9', 'c', 't-a', cst('2022-04-01'))
    const several = {
      ...issued,
      data: {
        ...issued.data,
        tasks: ['t-a', 't-b', 't-c'].map((teamId) => ({ teamId, reach: 'directed' })),
      },
    } as TestEvent
    const firstDone = [
      ...network,
      several,
      orderEvent('OrderCompleted', 'd9', cst('2022-04-03'), 't-a'),
      orderEvent('OrderCompleted', 'd9', cst('2022-04-04'), 't-b'),
    ]
    const open = await computeWorkReport(firstDone, year2022)
    expect(open.directiveOrders).toMatchObject({ issued: 1, completed: 0 })
    expect(open.directiveTasks).toEqual({ issued: 3, completed: 2 })
    const allDone = await computeWorkReport(
      [
        ...firstDone,
        orderEvent('OrderCompleted', 'd9', cst('2022-04-05'), 't-c'),
        {
          type: 'DirectiveOrderCompleted',
          data: { orderId: 'd9', teamIds: ['t-a', 't-b', 't-c'], at: cst('2022-04-05') },
        },
      ],
      year2022,
    )
    expect(allDone.directiveOrders).toMatchObject({ issued: 1, completed: 1 })
    expect(allDone.directiveTasks).toEqual({ issued: 3, completed: 3 })
  })

  it('counts an activity held with its cluster for the host and, once, for the cluster (C4)', async () => {
    const oldRecord = {
      type: 'ClusterJointActivityRecorded',
      data: {
        clusterId: 'k1',
        activityId: 'a-joint',
        title: 't',
        hostSiteId: 's2',
        coOrganizingSiteIds: [],
        teamIds: [],
        date: '2022-06-03',
        volunteers: 5,
        audience: 100,
        at: cst('2022-06-03', 21),
      },
    } as TestEvent
    const report = await computeWorkReport(
      [
        ...network,
        clusterFormed('k1', 's1', ['s2', 's3'], cst('2022-05-01')),
        activityHeld('a-joint', 's2', 'festival', '2022-06-03', {
          festival: '端午',
          clusterId: 'k1',
        }),
        oldRecord,
        activityHeld('a-alone', 's2', 'regular', '2022-06-04'),
      ],
      year2022,
    )
    expect(report.clusters.jointActivities).toBe(1)
    expect(report.activities.total).toBe(2)
  })

  it('counts days in China Standard Time unless told another offset', async () => {
    const events = [...network, requestPlaced('o1', 's1', '2022-12-31T17:00:00.000Z')]
    const in2022 = await computeWorkReport(events, year2022)
    const in2023 = await computeWorkReport(events, { from: '2023-01-01', to: '2023-12-31' })
    const utc2022 = await computeWorkReport(events, { ...year2022, utcOffsetMinutes: 0 })
    expect([in2022.requestOrders.placed, in2023.requestOrders.placed]).toEqual([0, 1])
    expect(utc2022.requestOrders.placed).toBe(1)
  })

  it('reports one district or every district', async () => {
    const events = [
      ...network,
      siteRegistered('c2', null, 'center', cst('2021-12-01')),
      siteRegistered('j1', 'c2', 'institute', cst('2021-12-01')),
      requestPlaced('o1', 's1', cst('2022-03-01')),
      requestPlaced('o2', 'j1', cst('2022-03-01')),
      requestPlaced('o3', 'j1', cst('2022-03-01')),
    ]
    const placed = async (district?: string) =>
      (
        await computeWorkReport(events, {
          ...year2022,
          ...(district === undefined ? {} : { district }),
        })
      ).requestOrders.placed
    expect([await placed('c'), await placed('c2'), await placed()]).toEqual([1, 2, 3])
  })

  it('reads a store from its first event', async () => {
    const store = createInMemoryEventStore()
    for (const event of network)
      await store.appendToStream(`site-${event.data.siteId as string}`, [event])
    await store.appendToStream('order-o1', [requestPlaced('o1', 's1', cst('2022-03-01'))])
    const report = await computeWorkReport(store, year2022)
    expect(report.requestOrders.placed).toBe(1)
  })
})
