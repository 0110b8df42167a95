import { leanRowProjection, type LeanEvent } from '@wenming/event-store'
import { asWenmingEvent } from '../as-wenming-event.js'
import { teamLifecycleChange, teamLifecycleEventTypes } from '../team-lifecycle-change.js'
import type { ReadModel, RowChange } from '@wenming/event-store'
import type { DispatchTakeRow, TeamWorkloadRow, TeamWorkloadRows } from './team-workload-rows.js'

type Change = RowChange<TeamWorkloadRows>

/**
 * `row` with `change` applied. Every field is written out: V8 builds an object literal many times
 * faster than a spread with overrides (`{ ...row, activeOrders }`), which a rebuild notices.
 */
const updated = (row: TeamWorkloadRow, change: Partial<TeamWorkloadRow>): TeamWorkloadRow => ({
  teamId: row.teamId,
  name: row.name,
  homeSiteId: row.homeSiteId,
  status: change.status ?? row.status,
  capacity: change.capacity ?? row.capacity,
  activeOrders: change.activeOrders ?? row.activeOrders,
  completed: change.completed ?? row.completed,
  hours: change.hours ?? row.hours,
  ratingSum: change.ratingSum ?? row.ratingSum,
  ratingCount: change.ratingCount ?? row.ratingCount,
})

const team = (row: TeamWorkloadRow): Change[] => [{ table: 'teams', key: row.teamId, row }]
const dispatch = (row: DispatchTakeRow): Change[] => [
  { table: 'dispatches', key: row.orderId, row },
]
const forget = (orderId: string): Change[] => [
  { table: 'dispatches', key: orderId, row: undefined },
]

const changes = (readModel: ReadModel<TeamWorkloadRows>, recorded: LeanEvent): Change[] => {
  const event = asWenmingEvent(recorded)
  const row = 'teamId' in event.data ? readModel.teams.get(event.data.teamId ?? '') : undefined
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
    case 'TeamSuspended':
    case 'TeamReinstated':
    case 'TeamDissolved':
    case 'TeamCapacityReserved':
    case 'TeamCapacityReleased':
      return row ? team(updated(row, teamLifecycleChange(event, row.activeOrders) ?? {})) : []
    case 'OrderCompleted':
      return row
        ? team(
            updated(row, {
              completed: row.completed + 1,
              hours: row.hours + event.data.report.hours,
            }),
          )
        : []
    case 'OrderEvaluated': {
      // A 定单 to several teams credits each of them (O7).
      const { rating, teamIds } = event.data
      return (teamIds ?? [event.data.teamId]).flatMap((teamId) => {
        const rated = readModel.teams.get(teamId)
        return rated
          ? team(
              updated(rated, {
                ratingSum: rated.ratingSum + rating,
                ratingCount: rated.ratingCount + 1,
              }),
            )
          : []
      })
    }
    case 'DirectiveOrderIssued':
    case 'OrderDispatched':
    case 'OrderRedispatched':
      return dispatch({
        orderId: event.data.orderId,
        teamId: event.data.teamId,
        dispatchedAt: event.data.at,
        takenAfterMs: null,
      })
    case 'OrderTaken': {
      const current = readModel.dispatches.get(event.data.orderId)
      return current && current.teamId === event.data.teamId && current.takenAfterMs === null
        ? dispatch({
            orderId: current.orderId,
            teamId: current.teamId,
            dispatchedAt: current.dispatchedAt,
            takenAfterMs: Date.parse(event.data.at) - Date.parse(current.dispatchedAt),
          })
        : []
    }
    case 'OrderDeclined':
      return readModel.dispatches.has(event.data.orderId) ? forget(event.data.orderId) : []
    case 'OrderCancelled':
      return readModel.dispatches.get(event.data.orderId)?.takenAfterMs === null
        ? forget(event.data.orderId)
        : []
    default:
      return []
  }
}

/** 队伍工作量: per team, active orders against capacity, completions, hours, ratings, take times. */
export const teamWorkload = leanRowProjection<TeamWorkloadRows>({
  name: 'team-workload',
  tables: ['teams', 'dispatches'],
  eventTypes: [
    'TeamRegistered',
    ...teamLifecycleEventTypes,
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
})
