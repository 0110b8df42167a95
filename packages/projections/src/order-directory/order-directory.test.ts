import { describe, expect, it } from 'vitest'
import { districtScenario } from '../domain-events.fixture.js'
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
})
