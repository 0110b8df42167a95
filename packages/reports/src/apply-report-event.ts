import type { WenmingEvent } from '@wenming/domain'
import { applyActivityHeld, type ActivityHeldData } from './apply-activity-event.js'
import { applyClusterEvent } from './apply-cluster-event.js'
import { applyOrderEvent } from './apply-order-event.js'
import { applySiteRegistered } from './apply-site-event.js'
import { applyTeamEvent } from './apply-team-event.js'
import type { WorkReportReadModel } from './work-report-read-model.js'

/** The event types the work report reads; every other event leaves it unchanged. */
export const WORK_REPORT_EVENT_TYPES = [
  'SiteRegistered',
  'TeamRegistered',
  'TeamMemberJoined',
  'TeamMemberLeft',
  'TeamDissolved',
  'RequestOrderPlaced',
  'DirectiveOrderIssued',
  'OrderAccepted',
  'OrderRejected',
  'OrderDispatched',
  'OrderRedispatched',
  'OrderTaken',
  'OrderDeclined',
  'OrderCancelled',
  'OrderCompleted',
  'OrderEvaluated',
  'ActivityHeld',
  'ClusterFormed',
  'ClusterSiteJoined',
  'ClusterSiteLeft',
  'ClusterJointActivityRecorded',
  'ClusterDissolved',
] as const

/**
 * Applies one event (`{ type, data }`, as the domain wrote it) to the read model, in place. The
 * log is trusted: payloads are not validated again here, which keeps a rebuild cheap.
 */
export const applyReportEvent = (
  rm: WorkReportReadModel,
  event: { readonly type: string; readonly data: unknown },
): WorkReportReadModel => {
  // The domain's schemas guarantee these shapes for these event types.
  const e = event as WenmingEvent
  switch (e.type) {
    case 'SiteRegistered':
      applySiteRegistered(rm, e.data)
      break
    case 'TeamRegistered':
    case 'TeamMemberJoined':
    case 'TeamMemberLeft':
    case 'TeamDissolved':
      applyTeamEvent(rm, e)
      break
    case 'RequestOrderPlaced':
    case 'DirectiveOrderIssued':
    case 'OrderAccepted':
    case 'OrderRejected':
    case 'OrderDispatched':
    case 'OrderRedispatched':
    case 'OrderTaken':
    case 'OrderDeclined':
    case 'OrderCancelled':
    case 'OrderCompleted':
    case 'OrderEvaluated':
      applyOrderEvent(rm, e)
      break
    case 'ClusterFormed':
    case 'ClusterSiteJoined':
    case 'ClusterSiteLeft':
    case 'ClusterJointActivityRecorded':
    case 'ClusterDissolved':
      applyClusterEvent(rm, e)
      break
    default:
      if (event.type === 'ActivityHeld') applyActivityHeld(rm, event.data as ActivityHeldData)
  }
  return rm
}
