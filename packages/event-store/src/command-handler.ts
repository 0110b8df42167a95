import { foldEvents, type Decider, type DomainEvent } from './decider.js'
import { deterministicEventId } from './deterministic-event-id.js'
import type { EventData } from './event-data.js'
import type { EventStore } from './event-store.js'
import {
  matchesExpectedRevision,
  type ExpectedRevision,
  type StreamRevision,
} from './expected-revision.js'
import { foldWholeStream, startStreamFold, type FoldedStream } from './stream-fold.js'
import type { StreamStateCache, StreamStateCacheOptions } from './stream-state-cache.js'
import { streamStateCaches } from './stream-state-caches.js'
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
  /**
   * Keeps each stream's folded state per store, so that a command reads and folds only the events
   * appended since (default `{ maxStreams: 10_000, maxCommandIds: 500_000, minEvents: 16 }`;
   * `false`: fold the whole stream every time). States are shared between commands: `evolve` must return a new state
   * and leave its input unchanged, and neither `decide` nor a caller may change a state.
   */
  stateCache?: false | StreamStateCacheOptions
}

/**
 * A stream read and folded for one command id: its state, last revision (-1: no stream) and, when
 * the command was handled before, its original events.
 */
export type LoadedStream<Event, State> = FoldedStream<Event, State>

export type CommandHandler<Command, Event, State, Error> = {
  /**
   * Decides `command` on `streamName` and appends its events. With `loaded` (what {@link load}
   * returned for this stream and `context.commandId`) the first attempt decides on it instead of
   * reading the stream again; a concurrent append since then is retried on a fresh read as usual.
   */
  (
    store: EventStore,
    streamName: string,
    command: Command,
    context: CommandContext,
    loaded?: LoadedStream<Event, State>,
  ): Promise<CommandResult<Event, State, Error>>
  /** Reads and folds a stream as the handler does before deciding the command `commandId`. */
  readonly load: (
    store: EventStore,
    streamName: string,
    commandId: string,
  ) => Promise<LoadedStream<Event, State>>
}

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
  const cacheOf = streamStateCaches<State>(options.stateCache)

  const read = async (
    store: EventStore,
    cache: StreamStateCache<State> | undefined,
    streamName: string,
    commandId: string,
  ): Promise<LoadedStream<Event, State>> => {
    const fold = startStreamFold(decider, streamName, commandId, cache)
    for await (const recorded of store.readStream(streamName, fold.readOptions)) {
      if (!fold.add(recorded)) break
    }
    return fold.finish() ?? (await foldWholeStream(store, decider, streamName, commandId, cache))
  }

  const handle = async (
    store: EventStore,
    streamName: string,
    command: Command,
    context: CommandContext,
    loaded?: LoadedStream<Event, State>,
  ): Promise<CommandResult<Event, State, Error>> => {
    const { commandId } = context
    const cache = cacheOf(store)
    for (let attempt = 0; ; attempt++) {
      let folded = attempt === 0 ? loaded : undefined
      if (folded === undefined) {
        // Inline rather than through `read`: one async call fewer on the hot path.
        const fold = startStreamFold(decider, streamName, commandId, cache)
        for await (const recorded of store.readStream(streamName, fold.readOptions)) {
          if (!fold.add(recorded)) break
        }
        folded =
          fold.finish() ?? (await foldWholeStream(store, decider, streamName, commandId, cache))
      }
      const { state, revision, replay } = folded
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
        // The cache is not moved on here: an idempotent no-op append returns the original result, and
        // evolve may read what only recorded events carry; the next command folds them as recorded.
        return {
          ok: true,
          events: decision.events,
          nextExpectedRevision: appended.nextExpectedRevision,
          state: foldEvents(decider, decision.events, state),
          replayed: false,
        }
      } catch (error) {
        if (!isWrongExpectedRevisionError(error) || attempt >= maxRetries) throw error
      }
    }
  }
  const load = (store: EventStore, streamName: string, commandId: string) =>
    read(store, cacheOf(store), streamName, commandId)
  return Object.assign(handle, { load })
}
