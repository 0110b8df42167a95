import type { EventStore } from '@wenming/event-store'
import { applyReportEvent } from './apply-report-event.js'
import { queryWorkReport, type WorkReportQuery } from './query-work-report.js'
import type { ReportScope } from './scope/report-scope.js'
import { emptyWorkReportReadModel } from './work-report-projection.js'
import type { WorkReportReadModel } from './work-report-read-model.js'
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

/** How to fold a log into a work-report read model: its zone and, optionally, a scope. */
export type FoldWorkReportOptions = {
  /** The zone report days are counted in, as minutes east of UTC (default 480, China). */
  utcOffsetMinutes?: number
  /** Keep only this scope's facts (an institute, station, site or cluster). */
  scope?: ReportScope
}

/**
 * Folds a store (read from the start) or events in log order into a work-report read model, from
 * which {@link queryWorkReport} answers any period, and {@link checkReportScope} tells whether the
 * log knows the scope.
 *
 * @example
 * const readModel = await foldWorkReport(store, { scope: { kind: 'station', siteId: 's-1' } })
 */
export const foldWorkReport = async (
  source: WorkReportSource,
  options: FoldWorkReportOptions = {},
): Promise<WorkReportReadModel> => {
  const readModel = emptyWorkReportReadModel(options.utcOffsetMinutes, options.scope)
  const events = isStore(source) ? source.readAll() : source
  if (Symbol.asyncIterator in events) {
    for await (const event of events) applyReportEvent(readModel, event)
  } else {
    for (const event of events) applyReportEvent(readModel, event)
  }
  return readModel
}

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
  const readModel = await foldWorkReport(source, {
    ...(utcOffsetMinutes === undefined ? {} : { utcOffsetMinutes }),
    ...(scope === undefined ? {} : { scope }),
  })
  if (scope?.kind === 'district' && scope.district !== undefined) query.district = scope.district
  return queryWorkReport(readModel, query)
}
