import { match } from 'ts-pattern'
import type { OrderEvent } from '../order/events.js'
import type { CommandMetadata } from '../shared/command-metadata.js'
import type { ReleaseReason } from '../team/events.js'
import type { TeamCapacityCommand } from '../team/commands.js'

/** What the dispatch process reacts to. */
export type DispatchProcessInput =
  /** An order is to be dispatched (or issued, or re-dispatched) to a team: reserve first. */
  | {
      readonly type: 'DispatchRequested'
      readonly orderId: string
      readonly teamId: string
      readonly category: string | null
      readonly metadata: CommandMetadata
    }
  /** The order's stream refused to record a dispatch whose capacity was reserved: compensate. */
  | {
      readonly type: 'DispatchNotRecorded'
      readonly orderId: string
      readonly teamId: string
      readonly metadata: CommandMetadata
    }
  /** An event recorded on the order's stream. */
  | {
      readonly type: 'OrderEventRecorded'
      readonly event: OrderEvent
      readonly metadata: CommandMetadata
    }

const release = (
  teamId: string,
  orderId: string,
  reason: ReleaseReason,
  metadata: CommandMetadata,
): TeamCapacityCommand => ({
  type: 'ReleaseTeamCapacity',
  data: { teamId, orderId, reason },
  metadata,
})

/**
 * The dispatch process manager, a pure function of events to team commands: reserve capacity before
 * a dispatch, release it when the dispatch cannot be recorded, and release it when the order is
 * declined, cancelled, completed or re-dispatched elsewhere.
 */
export const dispatchProcess = (input: DispatchProcessInput): readonly TeamCapacityCommand[] =>
  match(input)
    .returnType<readonly TeamCapacityCommand[]>()
    .with({ type: 'DispatchRequested' }, ({ orderId, teamId, category, metadata }) => [
      { type: 'ReserveTeamCapacity', data: { teamId, orderId, category }, metadata },
    ])
    .with({ type: 'DispatchNotRecorded' }, ({ orderId, teamId, metadata }) => [
      release(teamId, orderId, 'dispatch-failed', metadata),
    ])
    .with({ type: 'OrderEventRecorded' }, ({ event, metadata }) =>
      match(event)
        .returnType<readonly TeamCapacityCommand[]>()
        .with({ type: 'OrderDeclined' }, ({ data }) => [
          release(data.teamId, data.orderId, 'declined', metadata),
        ])
        .with({ type: 'OrderCancelled' }, ({ data }) =>
          (data.teamIds ?? (data.teamId === null ? [] : [data.teamId])).map((teamId) =>
            release(teamId, data.orderId, 'cancelled', metadata),
          ),
        )
        .with({ type: 'OrderCompleted' }, ({ data }) => [
          release(data.teamId, data.orderId, 'completed', metadata),
        ])
        .with({ type: 'OrderRedispatched' }, ({ data }) => [
          release(data.previousTeamId, data.orderId, 'redispatched', metadata),
        ])
        .otherwise(() => []),
    )
    .exhaustive()
