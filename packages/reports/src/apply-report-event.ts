import { applyActivityHeld } from './apply-activity-event.js'
import { clusterHandlers } from './apply-cluster-event.js'
import { orderHandlers } from './apply-order-event.js'
import { applySiteRegistered } from './apply-site-event.js'
import { teamHandlers } from './apply-team-event.js'
import type { ReportHandlers } from './report-handlers.js'
import { poolingHandlers } from './scope/apply-pooling-event.js'
import type { WorkReportReadModel } from './work-report-read-model.js'

const handlers: ReportHandlers<
  | 'SiteRegistered'
  | 'ActivityHeld'
  | keyof typeof teamHandlers
  | keyof typeof orderHandlers
  | keyof typeof clusterHandlers
> = {
  SiteRegistered: applySiteRegistered,
  ...teamHandlers,
  ...orderHandlers,
  ActivityHeld: applyActivityHeld,
  ...clusterHandlers,
}

// One lookup per event instead of a chain of string comparisons. The pooling handlers act in a
// fold scoped to a cluster only; the district's projection does not even read their events.
const byType = new Map<string, (rm: WorkReportReadModel, data: never) => void>(
  Object.entries({ ...handlers, ...poolingHandlers }),
)

/** The event types the work report reads; every other event leaves it unchanged. */
export const WORK_REPORT_EVENT_TYPES = Object.keys(handlers) as readonly (keyof typeof handlers)[]

/** The event types a scoped work report reads: those of the district's, and team pooling. */
export const SCOPED_WORK_REPORT_EVENT_TYPES = [...byType.keys()] as readonly (
  keyof typeof handlers | keyof typeof poolingHandlers
)[]

/**
 * Applies one event (`{ type, data }`, as the domain wrote it) to the read model, in place. The
 * log is trusted: payloads are not validated again here, which keeps a rebuild cheap.
 */
export const applyReportEvent = (
  rm: WorkReportReadModel,
  event: { readonly type: string; readonly data: unknown },
): WorkReportReadModel => {
  // The domain's schemas guarantee each handler's payload for its event type.
  byType.get(event.type)?.(rm, event.data as never)
  return rm
}
