import type { WenmingEvent } from '@wenming/domain'
import { describe, expect, it } from 'vitest'
import {
  at,
  directiveCompleted,
  directiveToThreeTeams,
  districtScenario,
  taskReport,
} from '../domain-events.fixture.js'
import { runReadModel } from '../run-read-model.fixture.js'
import { orderDirectory } from './order-directory-projection.js'
import { queryOrderDetail, queryOrderDirectory } from './query-order-directory.js'

describe('order directory', () => {
  it('keeps every order in every status, newest first, filterable', async () => {
    const model = await runReadModel(orderDirectory, districtScenario)
    const page = queryOrderDirectory(model)
    expect(page.items.map((o) => [o.orderId, o.status])).toEqual([
      ['o5', 'rejected'],
      ['o4', 'accepted'],
      ['o3', 'evaluated'],
      ['o2', 'dispatched'],
      ['o1', 'taken'],
    ])
    const ids = (filter: Parameters<typeof queryOrderDirectory>[1]) =>
      queryOrderDirectory(model, filter).items.map((o) => o.orderId)
    expect(ids({ status: ['evaluated', 'rejected'] })).toEqual(['o5', 'o3'])
    expect(ids({ requesterId: 'r-o3' })).toEqual(['o3'])
    expect(ids({ teamIds: ['t1'] })).toEqual(['o3', 'o1'])
    expect(ids({ siteIds: ['s2', 's3'] })).toEqual(['o4', 'o2'])
    expect(ids({ month: '2026-02' })).toEqual([])
  })

  it('answers one order as it stands with its history and revision', async () => {
    const model = await runReadModel(orderDirectory, districtScenario)
    const o3 = queryOrderDetail(model, 'o3')
    expect(o3).toMatchObject({
      status: 'evaluated',
      teamId: 't1',
      revision: 5,
      report: { hours: 3, audience: 20 },
      evaluation: { rating: 4, byProxy: false },
      takeDueAt: null,
    })
    expect(o3?.history.map((h) => [h.revision, h.type])).toEqual([
      [0, 'RequestOrderPlaced'],
      [1, 'OrderAccepted'],
      [2, 'OrderDispatched'],
      [3, 'OrderTaken'],
      [4, 'OrderCompleted'],
      [5, 'OrderEvaluated'],
    ])
    expect(queryOrderDetail(model, 'o4')).toMatchObject({
      status: 'accepted',
      declines: 1,
      teamId: null,
    })
    expect(queryOrderDetail(model, 'o2')).toMatchObject({ takeDueAt: '2026-03-02T10:00:00.000Z' })
    expect(queryOrderDetail(model, 'o5')).toMatchObject({ closingReason: 'dup' })
  })

  it('keeps a 定单 to several teams open with each team’s task until its last is done (O7)', async () => {
    const report = taskReport
    const events: WenmingEvent[] = [
      directiveToThreeTeams,
      { type: 'OrderTaken', data: { orderId: 'd3', teamId: 't2', takenBy: 'l', at: at(1) } },
      {
        type: 'OrderCompleted',
        data: { orderId: 'd3', teamId: 't1', completedBy: 'l', report, at: at(2) },
      },
      {
        type: 'OrderDeclined',
        data: { orderId: 'd3', teamId: 'tD', declinedBy: 'l', reason: '人手不足', at: at(2) },
      },
    ]
    const model = await runReadModel(orderDirectory, events)
    expect(queryOrderDetail(model, 'd3')).toMatchObject({
      status: 'dispatched',
      declines: 1,
      tasks: [
        { teamId: 't1', status: 'completed' },
        { teamId: 't2', status: 'taken' },
        { teamId: 'tD', status: 'declined' },
      ],
    })
    // Each leader's tasks read their own team's task: the second team sees it too.
    const tasksOf = (teamIds: string[]) =>
      queryOrderDirectory(model, { teamIds, status: ['dispatched', 'taken'] }).items.map(
        (o) => o.orderId,
      )
    expect(tasksOf(['t2'])).toEqual(['d3'])
    expect(tasksOf(['t1'])).toEqual([])
    expect(tasksOf(['tD'])).toEqual([])
    expect(queryOrderDirectory(model, { teamId: 't1' }).items).toHaveLength(1)
    const done = await runReadModel(orderDirectory, [...events, directiveCompleted(5)])
    expect(queryOrderDetail(done, 'd3')).toMatchObject({ status: 'completed', closedAt: at(5) })
  })

  it('shows the order’s holder in its detail and keeps every hand-over in its history (O8)', async () => {
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
      {
        type: 'OrderEscalated',
        data: {
          orderId: 'e1',
          from: { level: 'station', siteId: 's1' },
          to: { level: 'institute', siteId: 'i1' },
          reason: '本站无力承接',
          by: 'st-admin',
          at: at(3),
        },
      },
    ]
    const model = await runReadModel(orderDirectory, events)
    const detail = queryOrderDetail(model, 'e1')
    expect(detail).toMatchObject({
      status: 'accepted',
      holder: { level: 'institute', siteId: 'i1' },
    })
    expect(detail?.history.map((h) => h.type)).toEqual([
      'RequestOrderPlaced',
      'OrderAccepted',
      'OrderEscalated',
    ])
    // Orders accepted before O8 read as held by the centre.
    expect(queryOrderDetail(model, 'e1')?.history[2]?.data).toMatchObject({
      reason: '本站无力承接',
    })
    const older = await runReadModel(orderDirectory, districtScenario)
    expect(queryOrderDetail(older, 'o4')?.holder).toEqual({ level: 'centre', siteId: null })
  })
})
