import type { LeanEvent, ReadModel, RowChange, RowProjection } from '@wenming/event-store'
import { asWenmingEvent } from '../as-wenming-event.js'
import type { DirectiveTaskStatus } from '@wenming/domain'
import { eraseRequester } from './erase-requester.js'
import type { OrderDirectoryRows, OrderRecordRow } from './order-directory-rows.js'

type Change = RowChange<OrderDirectoryRows>

const put = (row: OrderRecordRow): Change[] => [{ table: 'orders', key: row.orderId, row }]

/** O7: the row with team `teamId`'s task moved to `status`; the 定单 itself stays open. */
const withTask = (
  row: OrderRecordRow,
  history: OrderRecordRow['history'],
  teamId: string,
  status: DirectiveTaskStatus,
): OrderRecordRow => ({
  ...row,
  history,
  tasks: (row.tasks ?? []).map((task) => (task.teamId === teamId ? { teamId, status } : task)),
})

const changes = (model: ReadModel<OrderDirectoryRows>, recorded: LeanEvent): Change[] => {
  const event = asWenmingEvent(recorded)
  if (event.type === 'PersonalDataErased') return eraseRequester(model, event)
  if (!('orderId' in event.data)) return []
  const { orderId, at } = event.data
  const entry = (revision: number) => ({ revision, type: event.type, at, data: event.data })
  if (event.type === 'RequestOrderPlaced') {
    return put({
      orderId,
      kind: 'request',
      status: 'placed',
      siteId: event.data.siteId,
      holder: null,
      requesterId: event.data.requesterId,
      onBehalfOf: event.data.onBehalfOf,
      category: event.data.category,
      need: event.data.need,
      wantedAt: event.data.wantedAt,
      dueDate: null,
      teamId: null,
      reach: null,
      tasks: null,
      declines: 0,
      placedAt: at,
      dispatchedAt: null,
      takenAt: null,
      closedAt: null,
      closingReason: null,
      report: null,
      evaluation: null,
      history: [entry(0)],
    })
  }
  if (event.type === 'DirectiveOrderIssued') {
    return put({
      orderId,
      kind: 'directive',
      status: 'dispatched',
      siteId: event.data.issuingSiteId,
      holder: null,
      requesterId: event.data.issuerId,
      onBehalfOf: null,
      category: null,
      need: event.data.theme,
      wantedAt: null,
      dueDate: event.data.dueDate,
      teamId: event.data.teamId,
      reach: event.data.reach,
      tasks:
        event.data.tasks?.map((task) => ({ teamId: task.teamId, status: 'assigned' as const })) ??
        null,
      declines: 0,
      placedAt: at,
      dispatchedAt: at,
      takenAt: null,
      closedAt: null,
      closingReason: null,
      report: null,
      evaluation: null,
      history: [entry(0)],
    })
  }
  const row = model.orders.get(orderId)
  if (row === undefined) return []
  const history = [...row.history, entry(row.history.length)]
  const hasTasks = (row.tasks ?? null) !== null
  switch (event.type) {
    case 'OrderAccepted':
      // Before O8 the centre accepted and held every order.
      return put({
        ...row,
        history,
        status: 'accepted',
        holder: event.data.holder ?? { level: 'centre', siteId: null },
      })
    case 'OrderEscalated':
      return put({ ...row, history, holder: event.data.to })
    case 'OrderRejected':
      return put({
        ...row,
        history,
        status: 'rejected',
        closedAt: at,
        closingReason: event.data.reason,
      })
    case 'OrderDispatched':
    case 'OrderRedispatched':
      return put({
        ...row,
        history,
        status: 'dispatched',
        teamId: event.data.teamId,
        reach: event.data.reach,
        dispatchedAt: at,
        takenAt: null,
      })
    case 'OrderTaken':
      if (hasTasks) return put(withTask(row, history, event.data.teamId, 'taken'))
      return put({ ...row, history, status: 'taken', takenAt: at })
    case 'OrderDeclined':
      if (hasTasks) {
        const declined = withTask(row, history, event.data.teamId, 'declined')
        return put({ ...declined, declines: row.declines + 1 })
      }
      return put({
        ...row,
        history,
        status: 'accepted',
        teamId: null,
        reach: null,
        dispatchedAt: null,
        declines: row.declines + 1,
      })
    case 'OrderCancelled':
      return put({
        ...row,
        history,
        status: 'cancelled',
        closedAt: at,
        closingReason: event.data.reason,
      })
    case 'OrderCompleted':
      // A 定单 to several teams is complete with its last task (DirectiveOrderCompleted).
      if (hasTasks) return put(withTask(row, history, event.data.teamId, 'completed'))
      return put({
        ...row,
        history,
        status: 'completed',
        teamId: event.data.teamId,
        closedAt: at,
        report: event.data.report,
      })
    case 'DirectiveOrderCompleted':
      return put({ ...row, history, status: 'completed', closedAt: at })
    case 'OrderEvaluated':
      return put({
        ...row,
        history,
        status: 'evaluated',
        evaluation: {
          rating: event.data.rating,
          comment: event.data.comment,
          by: event.data.evaluatedBy,
          byProxy: row.onBehalfOf !== null,
        },
      })
    default:
      return put({ ...row, history })
  }
}

/** 订单档案: every order in every status, as it stands, with its history; nothing leaves it. */
export const orderDirectory: RowProjection<OrderDirectoryRows> = {
  name: 'order-directory',
  tables: ['orders'],
  eventTypes: [
    'RequestOrderPlaced',
    'DirectiveOrderIssued',
    'OrderAccepted',
    'OrderEscalated',
    'OrderRejected',
    'OrderDispatched',
    'OrderRedispatched',
    'OrderTaken',
    'OrderDeclined',
    'OrderCancelled',
    'OrderCompleted',
    'DirectiveOrderCompleted',
    'OrderEvaluated',
    'PersonalDataErased',
  ],
  changes,
  leanEvents: true,
}
