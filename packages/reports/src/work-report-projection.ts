import { leanProjection, type Projection } from '@wenming/event-store'
import { applyReportEvent, WORK_REPORT_EVENT_TYPES } from './apply-report-event.js'
import { DEFAULT_UTC_OFFSET_MINUTES } from './calendar-day.js'
import type { ReportScope } from './scope/report-scope.js'
import { scopeFilter } from './scope/scope-filter.js'
import type { WorkReportReadModel } from './work-report-read-model.js'

export type WorkReportProjectionOptions = {
  /** The zone report days are counted in, as minutes east of UTC (default 480, China). */
  utcOffsetMinutes?: number
}

/**
 * A fresh, empty work-report read model; with a scope (other than a district), it folds the
 * figures of that scope only.
 */
export const emptyWorkReportReadModel = (
  utcOffsetMinutes = DEFAULT_UTC_OFFSET_MINUTES,
  scope?: ReportScope,
) =>
  ({
    utcOffsetMinutes,
    sites: new Map(),
    teams: new Map(),
    orders: new Map(),
    clusters: new Map(),
    districts: new Map(),
    districtNames: new Map(),
    clusterNames: new Map(),
    scope: scopeFilter(scope),
  }) satisfies WorkReportReadModel as WorkReportReadModel

/**
 * The work-report projection: folds the log into per-district, per-day figures from which
 * {@link queryWorkReport} answers any period, district and "as of" date. `evolve` updates the read
 * model in place and returns it, so a rebuild allocates little per event.
 *
 * @example
 * const projection = createWorkReportProjection()
 * const runner = await openProjectionRunner({ store, slots: [foldSlot(projection, storage)] })
 * await runner.catchUp()
 * const readModel = runner.readModel(projection)
 */
export const createWorkReportProjection = (
  options: WorkReportProjectionOptions = {},
): Projection<WorkReportReadModel> =>
  leanProjection({
    name: 'work-report',
    initialState: () => emptyWorkReportReadModel(options.utcOffsetMinutes),
    evolve: applyReportEvent,
    eventTypes: WORK_REPORT_EVENT_TYPES,
  })

/** The work-report projection in China Standard Time. */
export const workReportProjection = createWorkReportProjection()
