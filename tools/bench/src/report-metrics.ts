import type { Metric } from './metric.js'

const format = (value: number): string =>
  value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2)

/** Prints metrics as one JSON object per line, or as an aligned table. */
export const reportMetrics = (metrics: readonly Metric[], json: boolean): string => {
  if (json) return metrics.map((m) => JSON.stringify(m)).join('\n')
  const width = Math.max(...metrics.map((m) => m.name.length), 6)
  const rows = metrics.map(
    (m) => `${m.name.padEnd(width)}  ${format(m.value).padStart(12)}  ${m.unit}`,
  )
  return [`${'metric'.padEnd(width)}  ${'value'.padStart(12)}  unit`, ...rows].join('\n')
}
