import { writeFile } from 'node:fs/promises'
import type { EventStore } from '@wenming/event-store'
import type { ReportScope } from '@wenming/reports'
import type { CliIo } from '../main.js'
import { exportReport, type ExportFormat } from './report.js'

export type WriteReportOptions = {
  period: string
  format: string
  /** The district's report (undefined: every district's), or an institute's, station's, cluster's. */
  scope: ReportScope | undefined
  out: string | undefined
}

/**
 * Computes the report of a period in a format and resolves with how to deliver it (to stdout, or
 * to `out`), so that the caller can still refuse it, an unknown district say, before it is shown.
 */
export const writeReport = async (
  store: EventStore,
  options: WriteReportOptions,
  io: CliIo,
): Promise<() => Promise<void>> => {
  const rendered = await exportReport(
    store,
    options.period,
    options.format as ExportFormat,
    options.scope,
  )
  const { out } = options
  return async () => {
    if (out === undefined) {
      io.out(String(rendered))
      return
    }
    await writeFile(out, rendered)
    io.err(`Wrote the ${options.format} report to ${out}\n`)
  }
}
