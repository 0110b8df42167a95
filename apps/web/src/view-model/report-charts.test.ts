import { describe, expect, it } from 'vitest'
import type { WorkReport } from '../api/types'
import { festivalsOption, funnelStages, monthlyOption } from './report-charts'

const words = { placed: '点单', accepted: '受理', dispatched: '派单', completed: '结项', evaluated: '评价', activities: '活动' }
const report = {
  requestOrders: { placed: 9, accepted: 7, dispatched: 6, completed: 5, evaluated: 4 },
  festivals: { 春节: 3, 端午节: 2 },
  monthly: [
    { month: '2022-01', requestOrdersPlaced: 1, requestOrdersAccepted: 1, requestOrdersCompleted: 0, activities: 4 },
    { month: '2022-02', requestOrdersPlaced: 2, requestOrdersAccepted: 1, requestOrdersCompleted: 1, activities: 6 },
  ],
} as unknown as WorkReport

describe('report charts', () => {
  it('draws the funnel in the order an order goes through', () => {
    expect(funnelStages(report, words).map((s) => [s.name, s.value])).toEqual([
      ['点单', 9],
      ['受理', 7],
      ['派单', 6],
      ['结项', 5],
      ['评价', 4],
    ])
  })

  it('draws a bar per month and one per festival', () => {
    expect(monthlyOption(report, words).xAxis.data).toEqual(['1月', '2月'])
    expect(monthlyOption(report, words).series[3]?.data).toEqual([4, 6])
    expect(festivalsOption(report).xAxis.data).toEqual(['春节', '端午节'])
  })
})
