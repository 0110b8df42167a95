import type { LoadedStream } from '@wenming/event-store'
import type { OrderEvent } from '../order/events.js'
import type { ProcessDefinition } from '../process/process-definition.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import { teamStream } from '../shared/stream-names.js'
import type { TeamCapacityCommand } from '../team/commands.js'
import type { TeamEvent } from '../team/events.js'
import type { TeamState } from '../team/state.js'
import type { DispatchError } from './dispatch-error.js'
import { dispatchProcess } from './dispatch-process.js'

/** The dispatch process's release of what `command` reserved: the dispatch could not be recorded. */
const undoReservation = (command: TeamCapacityCommand): TeamCapacityCommand => {
  const [release] = dispatchProcess({
    type: 'DispatchNotRecorded',
    orderId: command.data.orderId,
    teamId: command.data.teamId,
    metadata: command.metadata,
  })
  if (release === undefined) throw new Error('The dispatch process releases what it reserved')
  return release
}

/**
 * The dispatch process (T1 across the team's and the order's streams) as a definition for
 * `runProcess`: hold = reserve capacity on the team's stream, undo = release it, follow-ups = the
 * releases an order event sets off. `loadedTeam` is the team's stream as the caller already read it
 * for the reservation's command id, so the reservation costs no second read.
 */
export const dispatchDefinition = (
  runtime: DomainRuntime,
  loadedTeam?: LoadedStream<TeamEvent, TeamState>,
): ProcessDefinition<
  TeamCapacityCommand,
  TeamCapacityCommand,
  OrderEvent,
  TeamEvent,
  DispatchError
> => ({
  holdPhase: 'reserve',
  stepName: (_command, index, count) => (count === 1 ? '' : String(index)),
  hold: async (store, command, context) => {
    const result = await runtime.handle.team(
      store,
      teamStream(command.data.teamId),
      command,
      context,
      loadedTeam,
    )
    if (!result.ok) return { ok: false, error: result.error }
    const held =
      result.state.status !== 'unregistered' &&
      result.state.reservations.includes(command.data.orderId)
    return { ok: true, events: result.events, lost: result.replayed && !held }
  },
  undo: undoReservation,
  follow: (event, metadata) => dispatchProcess({ type: 'OrderEventRecorded', event, metadata }),
  release: async (store, command, context) => {
    const result = await runtime.handle.team(
      store,
      teamStream(command.data.teamId),
      command,
      context,
    )
    return result.ok ? result.events : []
  },
  abandoned: (command) => ({
    type: 'DispatchAbandoned',
    orderId: command.data.orderId,
    teamId: command.data.teamId,
  }),
})
