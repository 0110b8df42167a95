import { leanRowProjection, type LeanEvent } from '@wenming/event-store'
import { asWenmingEvent } from '../as-wenming-event.js'
import type { ReadModel, RowChange } from '@wenming/event-store'
import type { DirectiveTaskStatus } from '@wenming/domain'
import type { OrderBoardRow, OrderBoardRows } from './order-board-rows.js'
import { siteClusterChanges, siteClusterEventTypes } from '../site-cluster-changes.js'

type Change = RowChange<OrderBoardRows>

/**
 * `row` with `change` applied. Every field is written out: V8 builds an object literal many times
 * faster than a spread with overrides (`{ ...row, status }`), which a rebuild notices.
 */
const updated = (row: OrderBoardRow, change: Partial<OrderBoardRow>): OrderBoardRow => ({
  orderId: row.orderId,
  kind: row.kind,
  status: change.status ?? row.status,
  siteId: row.siteId,
  category: row.category,
  teamId: change.teamId === undefined ? row.teamId : change.teamId,
  reach: change.reach === undefined ? row.reach : change.reach,
  placedAt: row.placedAt,
  dispatchedAt: change.dispatchedAt === undefined ? row.dispatchedAt : change.dispatchedAt,
  takenAt: change.takenAt === undefined ? row.takenAt : change.takenAt,
  declines: change.declines ?? row.declines,
  dueDate: row.dueDate,
  tasks: change.tasks === undefined ? row.tasks : change.tasks,
  holder: change.holder === undefined ? row.holder : change.holder,
})

/** O7: the row with team `teamId`'s task moved to `status`. */
const withTask = (row: OrderBoardRow, teamId: string, status: DirectiveTaskStatus): OrderBoardRow =>
  updated(row, {
    tasks: (row.tasks ?? []).map((task) => (task.teamId === teamId ? { teamId, status } : task)),
  })

const put = (row: OrderBoardRow): Change[] => [{ table: 'orders', key: row.orderId, row }]
const close = (orderId: string): Change[] => [{ table: 'orders', key: orderId, row: undefined }]

const changes = (readModel: ReadModel<OrderBoardRows>, recorded: LeanEvent): Change[] => {
  const event = asWenmingEvent(recorded)
  const order = 'orderId' in event.data ? readModel.orders.get(event.data.orderId) : undefined
  switch (event.type) {
    case 'ClusterFormed':
    case 'ClusterSiteJoined':
    case 'ClusterSiteLeft':
    case 'ClusterDissolved':
      return siteClusterChanges(readModel, event)
    case 'RequestOrderPlaced':
      return put({
        orderId: event.data.orderId,
        kind: 'request',
        status: 'placed',
        siteId: event.data.siteId,
        category: event.data.category,
        teamId: null,
        reach: null,
        placedAt: event.data.at,
        dispatchedAt: null,
        takenAt: null,
        declines: 0,
        dueDate: null,
        tasks: null,
        holder: null,
      })
    case 'DirectiveOrderIssued':
      return put({
        orderId: event.data.orderId,
        kind: 'directive',
        status: 'dispatched',
        siteId: event.data.issuingSiteId,
        category: null,
        teamId: event.data.teamId,
        reach: event.data.reach,
        placedAt: event.data.at,
        dispatchedAt: event.data.at,
        takenAt: null,
        declines: 0,
        dueDate: event.data.dueDate,
        tasks:
          event.data.tasks?.map((task) => ({ teamId: task.teamId, status: 'assigned' as const })) ??
          null,
        holder: null,
      })
    case 'OrderAccepted': {
      // Before O8 the centre accepted and held every order.
      const holder = event.data.holder ?? { level: 'centre', siteId: null }
      return order ? put(updated(order, { status: 'accepted', holder })) : []
    }
    case 'OrderEscalated':
      return order ? put(updated(order, { holder: event.data.to })) : []
    case 'OrderDispatched':
    case 'OrderRedispatched':
      return order
        ? put(
            updated(order, {
              status: 'dispatched',
              teamId: event.data.teamId,
              reach: event.data.reach,
              dispatchedAt: event.data.at,
            }),
          )
        : []
    case 'OrderTaken':
      if (order?.tasks != null) return put(withTask(order, event.data.teamId, 'taken'))
      return order ? put(updated(order, { status: 'taken', takenAt: event.data.at })) : []
    case 'OrderDeclined':
      if (order?.tasks != null) {
        const declined = withTask(order, event.data.teamId, 'declined')
        return put(updated(declined, { declines: order.declines + 1 }))
      }
      return order
        ? put(
            updated(order, {
              status: 'accepted',
              teamId: null,
              reach: null,
              dispatchedAt: null,
              declines: order.declines + 1,
            }),
          )
        : []
    case 'OrderCompleted':
      // A 定单 to several teams stays on the board until its last task is done (O7).
      if (order?.tasks != null) return put(withTask(order, event.data.teamId, 'completed'))
      return order ? close(event.data.orderId) : []
    case 'OrderRejected':
    case 'OrderCancelled':
    case 'DirectiveOrderCompleted':
      return order ? close(event.data.orderId) : []
    default:
      return []
  }
}

/** 订单看板: every open order with its status, site, team and times; closed orders leave the board. */
export const orderBoard = leanRowProjection<OrderBoardRows>({
  name: 'order-board',
  tables: ['orders', 'siteClusters'],
  eventTypes: [
    'RequestOrderPlaced',
    'DirectiveOrderIssued',
    'OrderAccepted',
    'OrderEscalated',
    'OrderDispatched',
    'OrderRedispatched',
    'OrderTaken',
    'OrderDeclined',
    'OrderRejected',
    'OrderCancelled',
    'OrderCompleted',
    'DirectiveOrderCompleted',
    ...siteClusterEventTypes,
  ],
  changes,
})
