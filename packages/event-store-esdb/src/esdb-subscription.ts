import {
  eventTypeFilter,
  excludeSystemEvents,
  START,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type EventStoreDBClient,
  type ReadPosition,
} from '@eventstore/db-client'
import type { RecordedEvent } from '@wenming/event-store'
import { fromEsdbResolvedEvent, isSystemEvent } from './esdb-event-mapping.js'
import { toEsdbPosition } from './esdb-position.js'
import { pullStream } from './pull-stream.js'

export type SubscribeToAllOptions = {
  /** Deliver events after this global position: a projection's checkpoint (default 0: all). */
  after?: number
  /** Only these event types, filtered on the server (default: every non-system event). */
  eventTypes?: readonly string[]
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The server-side filter for a subscription to our event types, or to all non-system events. */
export const subscriptionFilter = (eventTypes: readonly string[] | undefined) =>
  eventTypes === undefined
    ? excludeSystemEvents()
    : eventTypeFilter({ regex: `^(?:${eventTypes.map(escapeRegex).join('|')})$` })

/**
 * Where a subscription resumes for a checkpoint: the server starts after the given position, so an
 * event's own position is passed as it is; an even checkpoint (not an event's position) starts after
 * the event just before it, and the subscription drops what is not after the checkpoint.
 */
export const subscriptionStart = (after: number): ReadPosition =>
  after < 1 ? START : toEsdbPosition(after % 2 === 1 ? after : after - 1)

/**
 * A catch-up subscription to `$all` from a checkpoint, as our events. The wait for the server's
 * confirmation is bounded by `timeoutMs`; after it, waits are not (a quiet store is not a fault),
 * and a dead connection surfaces through gRPC keep-alive as an unavailable error.
 */
export const subscribeToAllOf = (
  client: EventStoreDBClient,
  options: SubscribeToAllOptions,
  bounds: { timeoutMs: number; onTimeout: () => Error; mapError: (error: unknown) => unknown },
): AsyncIterable<RecordedEvent> => {
  const after = Math.max(0, Math.floor(options.after ?? 0))
  const types = options.eventTypes === undefined ? undefined : new Set(options.eventTypes)
  const fromPosition = subscriptionStart(after)
  return pullStream<AllStreamResolvedEvent, RecordedEvent>({
    open: () =>
      client.subscribeToAll({ fromPosition, filter: subscriptionFilter(options.eventTypes) }),
    stop: (stream) => (stream as AllStreamSubscription).unsubscribe(),
    timeoutMs: bounds.timeoutMs,
    bound: 'until-confirmed',
    onTimeout: bounds.onTimeout,
    map: (resolved) => {
      if (resolved.event === undefined || isSystemEvent(resolved.event)) return undefined
      if (types !== undefined && !types.has(resolved.event.type)) return undefined
      const event = fromEsdbResolvedEvent(resolved)
      return event === undefined || event.position <= after ? undefined : event
    },
    mapError: bounds.mapError,
  })
}
