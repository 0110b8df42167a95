import { median } from './median.js'
import type { Metric } from './metric.js'
import { rebuildReportFromPostgres } from './postgres-report-rebuild.js'
import { scaleDatabase } from './postgres-scale-database.js'

/** The national scale: 300 districts, ~10 M events. */
const DEFAULT_DISTRICTS = 300

/** `--districts=N` of the bench's arguments, else the default. */
export const districtsOf = (args: readonly string[]): number => {
  const flag = args.find((a) => a.startsWith('--districts='))
  if (flag === undefined) return DEFAULT_DISTRICTS
  const districts = Number(flag.slice('--districts='.length))
  if (!Number.isInteger(districts) || districts < 1) {
    throw new RangeError(`--districts needs a positive whole number, not '${flag}'`)
  }
  return districts
}

/**
 * The scale figures (`--scale`): a national log of simulated districts in PostgreSQL, one
 * district's work report rebuilt from its partition (median of 3, different districts) and the
 * national report from the whole log.
 */
export const postgresScaleMetrics = async (
  args: readonly string[],
  log: (line: string) => void,
): Promise<Metric[]> => {
  const scale = await scaleDatabase(districtsOf(args), log)
  log(
    `postgres: ${scale.districts.length} districts, ` +
      `${scale.events.toLocaleString('en-US')} events; one district's report, 3 times`,
  )
  const picks = [0, Math.floor(scale.districts.length / 2), scale.districts.length - 1]
  const districtMs: number[] = []
  for (const pick of picks) {
    const { seconds } = await rebuildReportFromPostgres(scale.url, scale.districts[pick])
    districtMs.push(seconds * 1000)
    log(`  ${scale.districts[pick]}: ${(seconds * 1000).toFixed(0)} ms`)
  }
  log('postgres: the national report from the whole log')
  const national = await rebuildReportFromPostgres(scale.url)
  log(
    `  ${national.events.toLocaleString('en-US')} events, ${national.seconds.toFixed(1)} s, ` +
      `RSS ${national.peakRssMb.toFixed(0)} MB`,
  )
  return [
    { name: 'postgres.scale_districts', value: scale.districts.length, unit: 'districts' },
    { name: 'postgres.scale_events', value: scale.events, unit: 'events' },
    { name: 'postgres.district_report_ms', value: median(districtMs), unit: 'ms' },
    { name: 'postgres.national_report_s', value: national.seconds, unit: 's' },
    { name: 'postgres.national_report_rss_mb', value: national.peakRssMb, unit: 'MB' },
  ]
}
