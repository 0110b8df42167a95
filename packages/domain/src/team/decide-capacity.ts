import type { DecideResult } from '@wenming/event-store'
import { match } from 'ts-pattern'
import type { TeamCapacityCommand } from './commands.js'
import type { TeamError } from './errors.js'
import type { TeamEvent } from './events.js'
import type { TeamState } from './state.js'

type Result = DecideResult<TeamEvent, TeamError>

/**
 * Decides a reservation or release of team capacity: T1 (never more active orders than capacity),
 * T2 (no dispatch to a suspended or dissolved team) and the category part of O3, on the team's stream.
 */
export const decideTeamCapacity = (command: TeamCapacityCommand, state: TeamState): Result =>
  match(command)
    .returnType<Result>()
    .with({ type: 'ReserveTeamCapacity' }, ({ data, metadata }) => {
      const { teamId, orderId } = data
      if (state.status === 'unregistered')
        return { ok: false, error: { type: 'TeamNotFound', teamId } }
      if (state.status !== 'active') {
        return { ok: false, error: { type: 'TeamNotActive', teamId, status: state.status } }
      }
      if (state.reservations.includes(orderId)) {
        return { ok: false, error: { type: 'TeamCapacityAlreadyReserved', teamId, orderId } }
      }
      if (data.category !== null && !state.categories.includes(data.category)) {
        return {
          ok: false,
          error: { type: 'TeamDoesNotServeCategory', teamId, category: data.category },
        }
      }
      if (state.reservations.length >= state.capacity) {
        return {
          ok: false,
          error: {
            type: 'TeamAtCapacity',
            teamId,
            capacity: state.capacity,
            activeOrders: state.reservations.length,
          },
        }
      }
      return {
        ok: true,
        events: [{ type: 'TeamCapacityReserved', data: { teamId, orderId, at: metadata.now } }],
      }
    })
    .with({ type: 'ReleaseTeamCapacity' }, ({ data, metadata }) =>
      state.status !== 'unregistered' && state.reservations.includes(data.orderId)
        ? {
            ok: true,
            events: [{ type: 'TeamCapacityReleased', data: { ...data, at: metadata.now } }],
          }
        : {
            ok: false,
            error: { type: 'TeamReservationNotFound', teamId: data.teamId, orderId: data.orderId },
          },
    )
    .exhaustive()
