import type { RecordedEvent } from '@wenming/event-store'
import { asWenmingEvent } from '../as-wenming-event.js'
import type { ReadModel, RowChange } from '../read-model.js'
import type { RowProjection } from '../row-projection.js'
import type { DispatchTakeRow, TeamWorkloadRow, TeamWorkloadRows } from './team-workload-rows.js'

type Change = RowChange<TeamWorkloadRows>

const team = (row: TeamWorkloadRow): Change[] => [{ table: 'teams', key: row.teamId, row }]
const dispatch = (row: DispatchTakeRow): Change[] => [
  { table: 'dispatches', key: row.orderId, row },
]
const forget = (orderId: string): Change[] => [
  { table: 'dispatches', key: orderId, row: undefined },
]

const changes = (readModel: ReadModel<TeamWorkloadRows>, recorded: RecordedEvent): Change[] => {
  const event = asWenmingEvent(recorded)
  const row = 'teamId' in event.data ? readModel.teams.get(event.data.teamId ?? '') : undefined
  const current = 'orderId' in event.data ? readModel.dispatches.get(event.data.orderId) : undefined
  switch (event.type) {
    case 'TeamRegistered':
      return team({
        teamId: event.data.teamId,
        name: event.data.name,
        homeSiteId: event.data.homeSiteId,
        status: 'active',
        capacity: event.data.capacity,
        activeOrders: 0,
        completed: 0,
        hours: 0,
        ratingSum: 0,
        ratingCount: 0,
      })
    case 'TeamCapacityChanged':
      return row ? team({ ...row, capacity: event.data.capacity }) : []
    case 'TeamSuspended':
      return row ? team({ ...row, status: 'suspended' }) : []
    case 'TeamReinstated':
      return row ? team({ ...row, status: 'active' }) : []
    case 'TeamDissolved':
      return row ? team({ ...row, status: 'dissolved' }) : []
    case 'TeamCapacityReserved':
      return row ? team({ ...row, activeOrders: row.activeOrders + 1 }) : []
    case 'TeamCapacityReleased':
      return row ? team({ ...row, activeOrders: Math.max(row.activeOrders - 1, 0) }) : []
    case 'OrderCompleted':
      return row
        ? team({ ...row, completed: row.completed + 1, hours: row.hours + event.data.report.hours })
        : []
    case 'OrderEvaluated':
      return row
        ? team({
            ...row,
            ratingSum: row.ratingSum + event.data.rating,
            ratingCount: row.ratingCount + 1,
          })
        : []
    case 'DirectiveOrderIssued':
    case 'OrderDispatched':
    case 'OrderRedispatched':
      return dispatch({
        orderId: event.data.orderId,
        teamId: event.data.teamId,
        dispatchedAt: event.data.at,
        takenAfterMs: null,
      })
    case 'OrderTaken':
      return current && current.teamId === event.data.teamId && current.takenAfterMs === null
        ? dispatch({
            ...current,
            takenAfterMs: Date.parse(event.data.at) - Date.parse(current.dispatchedAt),
          })
        : []
    case 'OrderDeclined':
      return current ? forget(event.data.orderId) : []
    case 'OrderCancelled':
      return current && current.takenAfterMs === null ? forget(event.data.orderId) : []
    default:
      return []
  }
}

/** 队伍工作量: per team, active orders against capacity, completions, hours, ratings, take times. */
export const teamWorkload: RowProjection<TeamWorkloadRows> = {
  name: 'team-workload',
  tables: ['teams', 'dispatches'],
  eventTypes: [
    'TeamRegistered',
    'TeamCapacityChanged',
    'TeamSuspended',
    'TeamReinstated',
    'TeamDissolved',
    'TeamCapacityReserved',
    'TeamCapacityReleased',
    'OrderCompleted',
    'OrderEvaluated',
    'DirectiveOrderIssued',
    'OrderDispatched',
    'OrderRedispatched',
    'OrderTaken',
    'OrderDeclined',
    'OrderCancelled',
  ],
  changes,
}
