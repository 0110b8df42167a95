import type { EventStore } from '@wenming/event-store'
import { applyReportEvent } from './apply-report-event.js'
import { queryWorkReport, type WorkReportQuery } from './query-work-report.js'
import type { ReportScope } from './scope/report-scope.js'
import { emptyWorkReportReadModel } from './work-report-projection.js'
import type { WorkReport } from './work-report.js'

type EventLike = { readonly type: string; readonly data: unknown }

/** Where a report's events come from: a store (read from the start) or events in log order. */
export type WorkReportSource = EventStore | Iterable<EventLike> | AsyncIterable<EventLike>

export type ComputeWorkReportOptions = WorkReportQuery & {
  /** The zone report days are counted in, as minutes east of UTC (default 480, China). */
  utcOffsetMinutes?: number
  /** Whose figures: an institute, station, site or cluster (default: `district`, or all). */
  scope?: ReportScope
}

const isStore = (source: WorkReportSource): source is EventStore =>
  typeof (source as Partial<EventStore>).readAll === 'function'

/**
 * Computes a work report from events alone: folds the whole log with the report projection (for a
 * scope, keeping that scope's facts only), then answers the period, district and "as of" date.
 *
 * @example
 * const report = await computeWorkReport(store, { from: '2022-01-01', to: '2022-12-31' })
 */
export const computeWorkReport = async (
  source: WorkReportSource,
  options: ComputeWorkReportOptions,
): Promise<WorkReport> => {
  const { utcOffsetMinutes, scope, ...query } = options
  const readModel = emptyWorkReportReadModel(utcOffsetMinutes, scope)
  const events = isStore(source) ? source.readAll() : source
  if (Symbol.asyncIterator in events) {
    for await (const event of events) applyReportEvent(readModel, event)
  } else {
    for (const event of events) applyReportEvent(readModel, event)
  }
  if (scope?.kind === 'district' && scope.district !== undefined) query.district = scope.district
  return queryWorkReport(readModel, query)
}
