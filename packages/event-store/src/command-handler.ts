import type { Decider, DomainEvent } from './decider.js'
import { deterministicEventId } from './deterministic-event-id.js'
import type { EventData, RecordedEvent } from './event-data.js'
import type { EventStore } from './event-store.js'
import {
  matchesExpectedRevision,
  type ExpectedRevision,
  type StreamRevision,
} from './expected-revision.js'
import {
  isWrongExpectedRevisionError,
  WrongExpectedRevisionError,
} from './wrong-expected-revision-error.js'

/** Who and what a command is: its id (event ids derive from it) and metadata for its events. */
export type CommandContext = {
  /** Unique per command; re-sending a command with the same id appends nothing new. */
  commandId: string
  /** Copied into every event's metadata (principal, correlation and causation ids, ...). */
  metadata?: Record<string, unknown>
  /**
   * The revision the caller last saw (an HTTP `If-Match`): if the stream has moved on, the command
   * fails with {@link WrongExpectedRevisionError} instead of being retried on fresh state.
   */
  expectedRevision?: ExpectedRevision
}

export type CommandAccepted<Event, State> = {
  readonly ok: true
  readonly events: readonly Event[]
  /** The revision of the stream's last event after the command (-1: the stream does not exist). */
  readonly nextExpectedRevision: number
  readonly state: State
  /** True when the command had already been handled and its stored events were returned. */
  readonly replayed: boolean
}

export type CommandRefused<State, Error> = {
  readonly ok: false
  readonly error: Error
  readonly state: State
  readonly revision: StreamRevision
}

export type CommandResult<Event, State, Error> =
  CommandAccepted<Event, State> | CommandRefused<State, Error>

export type CommandHandlerOptions = {
  /** Re-reads and re-decides after a concurrent append at most this many times (default 20). */
  maxRetries?: number
  /** Metadata the decider's events carry of their own, such as their schema version. */
  eventMetadata?: (event: DomainEvent) => Record<string, unknown>
}

export type CommandHandler<Command, Event, State, Error> = (
  store: EventStore,
  streamName: string,
  command: Command,
  context: CommandContext,
) => Promise<CommandResult<Event, State, Error>>

/**
 * Handles commands for one decider: read the stream, fold it, decide, append with the revision
 * read; on a concurrent append, retry on fresh state (bounded). Event ids derive from the command id,
 * so a repeated command returns its original events and appends nothing.
 *
 * @example
 * const handle = createCommandHandler(orderDecider)
 * const result = await handle(store, 'order-1', placeOrder, { commandId: 'c-1' })
 */
export const createCommandHandler = <Command, Event extends DomainEvent, State, Error>(
  decider: Decider<Command, Event, State, Error>,
  options: CommandHandlerOptions = {},
): CommandHandler<Command, Event, State, Error> => {
  const maxRetries = options.maxRetries ?? 20
  const { eventMetadata } = options

  return async (store, streamName, command, context) => {
    const { commandId } = context
    for (let attempt = 0; ; attempt++) {
      let state = decider.initialState
      let revision = -1
      let replay: Event[] | undefined
      for await (const recorded of store.readStream(streamName)) {
        state = decider.evolve(state, recorded as unknown as Event)
        revision = recorded.revision
        if (recorded.metadata?.['commandId'] === commandId) {
          ;(replay ??= []).push(toDomainEvent(recorded) as Event)
        }
      }
      const actual: StreamRevision = revision < 0 ? 'no_stream' : revision
      if (replay !== undefined) {
        return { ok: true, events: replay, nextExpectedRevision: revision, state, replayed: true }
      }
      const pinned = context.expectedRevision
      if (pinned !== undefined && !matchesExpectedRevision(pinned, actual)) {
        throw new WrongExpectedRevisionError(streamName, pinned, actual)
      }

      const decision = decider.decide(command, state)
      if (!decision.ok) return { ok: false, error: decision.error, state, revision: actual }
      if (decision.events.length === 0) {
        return { ok: true, events: [], nextExpectedRevision: revision, state, replayed: false }
      }

      const metadata = { ...context.metadata, commandId }
      const toAppend: EventData[] = decision.events.map((event, index) => ({
        type: event.type,
        data: event.data,
        metadata: eventMetadata ? { ...eventMetadata(event), ...metadata } : metadata,
        id: deterministicEventId(commandId, index),
      }))
      try {
        const appended = await store.appendToStream(streamName, toAppend, {
          expectedRevision: actual,
        })
        for (const event of decision.events) state = decider.evolve(state, event)
        return {
          ok: true,
          events: decision.events,
          nextExpectedRevision: appended.nextExpectedRevision,
          state,
          replayed: false,
        }
      } catch (error) {
        if (!isWrongExpectedRevisionError(error) || attempt >= maxRetries) throw error
      }
    }
  }
}

const toDomainEvent = (recorded: RecordedEvent): DomainEvent => ({
  type: recorded.type,
  data: recorded.data,
})
