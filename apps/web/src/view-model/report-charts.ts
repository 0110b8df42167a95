import type { WorkReport } from '../api/types'

/** The words a chart needs, in the console's language. */
export type ChartWords = {
  placed: string
  accepted: string
  dispatched: string
  completed: string
  evaluated: string
  activities: string
}

const axisMonth = (month: string): string => `${Number(month.slice(5, 7))}月`

/** Monthly bars: request orders placed, accepted and completed, and activities, per month. */
export const monthlyOption = (report: WorkReport, words: ChartWords) => ({
  aria: { enabled: true },
  tooltip: { trigger: 'axis' },
  legend: { top: 0 },
  grid: { left: 40, right: 40, top: 36, bottom: 28 },
  xAxis: { type: 'category', data: report.monthly.map((m) => axisMonth(m.month)) },
  yAxis: [
    { type: 'value', name: '' },
    { type: 'value', name: '', splitLine: { show: false } },
  ],
  series: [
    { name: words.placed, type: 'bar', data: report.monthly.map((m) => m.requestOrdersPlaced) },
    { name: words.accepted, type: 'bar', data: report.monthly.map((m) => m.requestOrdersAccepted) },
    { name: words.completed, type: 'bar', data: report.monthly.map((m) => m.requestOrdersCompleted) },
    { name: words.activities, type: 'bar', yAxisIndex: 1, data: report.monthly.map((m) => m.activities) },
  ],
})

/** 我们的节日: activities per festival, in the report's order (traditional festivals first). */
export const festivalsOption = (report: WorkReport) => {
  const entries = Object.entries(report.festivals)
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: entries.map(([name]) => name) },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: entries.map(([, count]) => count), itemStyle: { color: '#b3261e' } }],
  }
}

/** The stages of the request orders, in their order, with the number that reached each. */
export const funnelStages = (report: WorkReport, words: ChartWords) => [
  { name: words.placed, value: report.requestOrders.placed },
  { name: words.accepted, value: report.requestOrders.accepted },
  { name: words.dispatched, value: report.requestOrders.dispatched },
  { name: words.completed, value: report.requestOrders.completed },
  { name: words.evaluated, value: report.requestOrders.evaluated },
]

/** The orders funnel: placed, accepted, dispatched, completed, evaluated. */
export const funnelOption = (report: WorkReport, words: ChartWords) => {
  const stages = funnelStages(report, words)
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '10%',
        width: '80%',
        minSize: '8%',
        label: { show: true, position: 'inside', formatter: '{b} {c}' },
        data: stages,
      },
    ],
  }
}
