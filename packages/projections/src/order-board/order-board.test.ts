import type { WenmingEvent } from '@wenming/domain'
import { describe, expect, it } from 'vitest'
import {
  at,
  directiveCompleted,
  directiveToThreeTeams,
  districtScenario,
  taskReport,
} from '../domain-events.fixture.js'
import { runLiveReadModels } from '../live-read-models.fixture.js'
import { orderBoard } from './order-board-projection.js'
import { countOpenOrders, queryOrderBoard, queryOverdueOrders } from './query-order-board.js'

const now = new Date(at(40))

describe('order board', () => {
  it('lists open orders oldest first with their cluster and ages, closed orders gone', async () => {
    const board = (await runLiveReadModels(districtScenario)).readModel(orderBoard)
    const entries = queryOrderBoard(board, { now })
    expect(entries.map((e) => [e.orderId, e.status, e.siteId, e.clusterId, e.teamId])).toEqual([
      ['o1', 'taken', 's1', 'k1', 't1'],
      ['o2', 'dispatched', 's3', null, 't2'],
      ['o4', 'accepted', 's2', 'k1', null],
    ])
    expect(entries[0]).toMatchObject({ ageMs: 38 * 3_600_000, waitingMs: null, overdue: false })
    expect(entries[2]).toMatchObject({ declines: 1, dispatchedAt: null })
  })

  it('filters by status, site and cluster', async () => {
    const board = (await runLiveReadModels(districtScenario)).readModel(orderBoard)
    const ids = (filter: Parameters<typeof queryOrderBoard>[1]) =>
      queryOrderBoard(board, filter).map((e) => e.orderId)
    expect(ids({ now, status: 'accepted' })).toEqual(['o4'])
    expect(ids({ now, siteId: 's3' })).toEqual(['o2'])
    expect(ids({ now, clusterId: 'k1' })).toEqual(['o1', 'o4'])
    expect(ids({ now, teamId: 't2' })).toEqual(['o2'])
  })

  it('lists a dispatch not taken within the SLA as overdue, measured at the caller’s now', async () => {
    const board = (await runLiveReadModels(districtScenario)).readModel(orderBoard)
    expect(queryOverdueOrders(board, { now: new Date(at(33)) })).toEqual([])
    const overdue = queryOverdueOrders(board, { now })
    expect(overdue.map((e) => [e.orderId, e.waitingMs])).toEqual([['o2', 30 * 3_600_000]])
    expect(queryOverdueOrders(board, { now, slaHours: 31 })).toEqual([])
  })

  it('counts open orders by status, site and cluster', async () => {
    const board = (await runLiveReadModels(districtScenario)).readModel(orderBoard)
    expect(countOpenOrders(board, { now })).toEqual({
      total: 3,
      overdue: 1,
      byStatus: { placed: 0, accepted: 1, dispatched: 1, taken: 1 },
      bySite: { s1: 1, s3: 1, s2: 1 },
      byCluster: { k1: 2, '-': 1 },
    })
  })

  it('shows a directive order as dispatched to its team from the issuing site', async () => {
    const board = (
      await runLiveReadModels([
        {
          type: 'DirectiveOrderIssued',
          data: {
            orderId: 'd1',
            issuingSiteId: 'c0',
            issuerId: 'boss',
            teamId: 'tD',
            reach: 'directed',
            theme: '理论宣讲',
            description: '',
            dueDate: '2026-03-10',
            at: at(0),
          },
        },
      ])
    ).readModel(orderBoard)
    expect(queryOrderBoard(board, { now })).toMatchObject([
      { orderId: 'd1', kind: 'directive', status: 'dispatched', reach: 'directed', overdue: true },
    ])
  })

  it('shows each task of a 定单 to several teams with its due date, and the late ones (O7)', async () => {
    const report = taskReport
    const events: WenmingEvent[] = [
      directiveToThreeTeams,
      { type: 'OrderTaken', data: { orderId: 'd3', teamId: 't1', takenBy: 'l', at: at(1) } },
      { type: 'OrderTaken', data: { orderId: 'd3', teamId: 't2', takenBy: 'l', at: at(1) } },
      {
        type: 'OrderCompleted',
        data: { orderId: 'd3', teamId: 't1', completedBy: 'l', report, at: at(2) },
      },
    ]
    const board = (await runLiveReadModels(events)).readModel(orderBoard)
    const beforeDue = queryOrderBoard(board, { now: new Date(at(3)) })
    expect(beforeDue).toMatchObject([
      {
        orderId: 'd3',
        dueDate: '2026-03-02',
        pastDue: false,
        overdueTasks: [],
        tasks: [
          { teamId: 't1', status: 'completed' },
          { teamId: 't2', status: 'taken' },
          { teamId: 'tD', status: 'assigned' },
        ],
      },
    ])
    // The 2nd ends at 16:00 UTC (midnight in China): t2 and tD are late after it.
    const late = queryOrderBoard(board, { now: new Date(at(41)) })
    expect(late[0]).toMatchObject({ pastDue: true, overdueTasks: ['t2', 'tD'] })
    expect(queryOrderBoard(board, { now: new Date(at(3)), teamId: 'tD' })).toHaveLength(1)
    const done = (await runLiveReadModels([...events, directiveCompleted(5)])).readModel(orderBoard)
    expect(queryOrderBoard(done, { now: new Date(at(6)) })).toEqual([])
  })

  it('shows who holds an order now: the accepting station, then each level it is passed up to (O8)', async () => {
    const events: WenmingEvent[] = [
      {
        type: 'RequestOrderPlaced',
        data: {
          orderId: 'e1',
          siteId: 's1',
          requesterId: 'r1',
          onBehalfOf: null,
          category: 'health',
          need: '',
          wantedAt: at(1),
          at: at(1),
        },
      },
      {
        type: 'OrderAccepted',
        data: {
          orderId: 'e1',
          acceptedBy: 'st-admin',
          holder: { level: 'station', siteId: 's1' },
          at: at(2),
        },
      },
    ]
    const holderAfter = async (more: WenmingEvent[]) =>
      (await runLiveReadModels([...events, ...more])).readModel(orderBoard).orders.get('e1')?.holder
    expect(await holderAfter([])).toEqual({ level: 'station', siteId: 's1' })
    const escalated = (from: 'station' | 'institute', to: 'institute' | 'centre', siteId: string) =>
      ({
        type: 'OrderEscalated',
        data: {
          orderId: 'e1',
          from: from === 'station' ? { level: from, siteId: 's1' } : { level: from, siteId: 'i1' },
          to: { level: to, siteId },
          reason: '本站无力承接',
          by: 'admin',
          at: at(3),
        },
      }) satisfies WenmingEvent
    expect(await holderAfter([escalated('station', 'institute', 'i1')])).toEqual({
      level: 'institute',
      siteId: 'i1',
    })
    expect(
      await holderAfter([
        escalated('station', 'institute', 'i1'),
        escalated('institute', 'centre', 'c0'),
      ]),
    ).toEqual({ level: 'centre', siteId: 'c0' })
  })
})
