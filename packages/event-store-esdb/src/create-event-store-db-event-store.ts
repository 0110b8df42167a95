import {
  BACKWARDS,
  END,
  StreamNotFoundError,
  type AllStreamResolvedEvent,
  type ResolvedEvent,
} from '@eventstore/db-client'
import {
  matchesExpectedRevision,
  WrongExpectedRevisionError,
  type AppendOptions,
  type AppendResult,
  type EventData,
  type EventStore,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamRevision,
} from '@wenming/event-store'
import { endpointOf } from './esdb-endpoint.js'
import { fromEsdbResolvedEvent, isSystemEvent, toEsdbEventData } from './esdb-event-mapping.js'
import { fromEsdbCurrentRevision, toEsdbExpectedRevision } from './esdb-expected-revision.js'
import { toEsdbReadStart } from './esdb-position.js'
import { subscribeToAllOf, type SubscribeToAllOptions } from './esdb-subscription.js'
import { EventStoreDbTimeoutError } from './event-store-db-timeout-error.js'
import { mapEsdbError, type EsdbErrorContext } from './map-esdb-error.js'
import { END_OF_STREAM, pullStream } from './pull-stream.js'
import { createTrackedClient } from './tracked-client.js'
import { withTimeout } from './with-timeout.js'

export type EventStoreDbEventStoreOptions = {
  /** For example `esdb://localhost:2113?tls=false`, or `esdb://admin:changeit@host:2113`. */
  connectionString: string
  /** Bound on every call, and on every wait for the next event of a read (default 5,000 ms). */
  timeoutMs?: number
}

/** The kernel's `EventStore` over EventStoreDB, plus a catch-up subscription to `$all`. */
export type EventStoreDbEventStore = EventStore & {
  /** The host(s) of the connection string, as errors name them. */
  readonly endpoint: string
  /**
   * Our events after `after` (a checkpoint), then live ones as they are written; it ends only by
   * failing. A plain function, so it can be passed around detached from the store.
   */
  readonly subscribeToAll: (options?: SubscribeToAllOptions) => AsyncIterable<RecordedEvent>
}

const closedError = (endpoint: string): Error =>
  new Error(`The EventStoreDB event store for ${endpoint} is closed`)

/**
 * An event store on EventStoreDB through @eventstore/db-client: the kernel's contract, with typed
 * errors naming the endpoint and every call bounded by `timeoutMs`.
 *
 * @example
 * const store = createEventStoreDbEventStore({ connectionString: 'esdb://localhost:2113?tls=false' })
 */
export const createEventStoreDbEventStore = (
  options: EventStoreDbEventStoreOptions,
): EventStoreDbEventStore => {
  const timeoutMs = options.timeoutMs ?? 5000
  const endpoint = endpointOf(options.connectionString)
  const { client, shutdown } = createTrackedClient(options.connectionString)
  let closed = false

  const context = (operation: string): EsdbErrorContext => ({ endpoint, operation, timeoutMs })
  const timeout = (operation: string) => () =>
    new EventStoreDbTimeoutError(endpoint, operation, timeoutMs)

  // One bounded read of a stream, resolving to its events (none for a missing stream).
  const readStreamEvents = (
    streamName: string,
    read: Parameters<typeof client.readStream>[1],
    operation: string,
  ): AsyncIterable<RecordedEvent> =>
    pullStream<ResolvedEvent, RecordedEvent>({
      open: () => client.readStream(streamName, read),
      stop: (stream) => (stream as ReturnType<typeof client.readStream>).cancel(),
      timeoutMs,
      bound: 'always',
      onTimeout: timeout(operation),
      map: (resolved) => fromEsdbResolvedEvent(resolved),
      mapError: (error) =>
        error instanceof StreamNotFoundError
          ? END_OF_STREAM
          : mapEsdbError(error, context(operation)),
    })

  const first = async (
    events: AsyncIterable<RecordedEvent>,
  ): Promise<RecordedEvent | undefined> => {
    for await (const event of events) return event
    return undefined
  }

  const append = async (
    streamName: string,
    events: readonly EventData[],
    appendOptions: AppendOptions | undefined,
  ): Promise<AppendResult> => {
    const expectedRevision = appendOptions?.expectedRevision ?? 'any'
    const operation = `appendToStream('${streamName}')`
    if (events.length === 0) {
      // Nothing to write: check the expectation against the stream's last event.
      const last = await first(
        readStreamEvents(
          streamName,
          { direction: BACKWARDS, fromRevision: END, maxCount: 1 },
          operation,
        ),
      )
      const actual: StreamRevision = last === undefined ? 'no_stream' : last.revision
      if (!matchesExpectedRevision(expectedRevision, actual)) {
        throw new WrongExpectedRevisionError(streamName, expectedRevision, actual)
      }
      return { nextExpectedRevision: last?.revision ?? -1, position: last?.position ?? 0 }
    }
    const written = await client
      .appendToStream(streamName, events.map(toEsdbEventData), {
        expectedRevision: toEsdbExpectedRevision(expectedRevision),
        deadline: timeoutMs,
      })
      .catch((error: unknown) => {
        throw mapEsdbError(error, {
          ...context(operation),
          append: { streamName, expectedRevision },
        })
      })
    if (!written.success) {
      // `throwOnAppendFailure=false` in the connection string: the client reports instead of throwing.
      throw new WrongExpectedRevisionError(
        streamName,
        expectedRevision,
        fromEsdbCurrentRevision(written.nextExpectedRevision),
      )
    }
    // The reply carries the write's log position, which is not documented to be the last event's:
    // read that event (after an idempotent no-op too, whose reply names the original's revision).
    const last = await first(
      readStreamEvents(
        streamName,
        { fromRevision: written.nextExpectedRevision, maxCount: 1 },
        operation,
      ),
    )
    if (last === undefined) {
      throw new Error(
        `EventStoreDB at ${endpoint} acknowledged an append to '${streamName}' up to revision ` +
          `${written.nextExpectedRevision}, but that event cannot be read (stream deleted?)`,
      )
    }
    return { nextExpectedRevision: last.revision, position: last.position }
  }

  const appendToStream = (
    streamName: string,
    events: readonly EventData[],
    appendOptions?: AppendOptions,
  ): Promise<AppendResult> => {
    if (closed) return Promise.reject(closedError(endpoint))
    return withTimeout(
      append(streamName, events, appendOptions),
      timeoutMs,
      timeout(`appendToStream('${streamName}')`),
    )
  }

  const readStream = (
    streamName: string,
    readOptions?: ReadStreamOptions,
  ): AsyncIterable<RecordedEvent> => {
    if (closed) throw closedError(endpoint)
    const fromRevision = Math.max(0, Math.ceil(readOptions?.fromRevision ?? 0))
    const maxCount = readOptions?.maxCount ?? Infinity
    if (!(maxCount > 0)) return { [Symbol.asyncIterator]: () => emptyIterator() }
    return readStreamEvents(
      streamName,
      Number.isFinite(maxCount)
        ? { fromRevision: BigInt(fromRevision), maxCount: Math.floor(maxCount) }
        : { fromRevision: BigInt(fromRevision) },
      `readStream('${streamName}')`,
    )
  }

  const readAll = (readOptions?: ReadAllOptions): AsyncIterable<RecordedEvent> => {
    if (closed) throw closedError(endpoint)
    const { from, minPosition } = toEsdbReadStart(readOptions?.fromPosition ?? 1)
    const maxCount = readOptions?.maxCount ?? Infinity
    if (!(maxCount > 0)) return { [Symbol.asyncIterator]: () => emptyIterator() }
    const operation = 'readAll'
    return {
      [Symbol.asyncIterator]: () => {
        // Counted per iteration, after system events are dropped, so maxCount counts ours only.
        let yielded = 0
        return pullStream<AllStreamResolvedEvent, RecordedEvent>({
          open: () => client.readAll({ fromPosition: from }),
          stop: (stream) => (stream as ReturnType<typeof client.readAll>).cancel(),
          timeoutMs,
          bound: 'always',
          onTimeout: timeout(operation),
          isComplete: () => yielded >= maxCount,
          map: (resolved) => {
            if (resolved.event === undefined || isSystemEvent(resolved.event)) return undefined
            const event = fromEsdbResolvedEvent(resolved)
            if (event === undefined || event.position < minPosition) return undefined
            yielded++
            return event
          },
          mapError: (error) => mapEsdbError(error, context(operation)),
        })[Symbol.asyncIterator]()
      },
    }
  }

  const subscribeToAll = (
    subscribeOptions?: SubscribeToAllOptions,
  ): AsyncIterable<RecordedEvent> => {
    if (closed) throw closedError(endpoint)
    return subscribeToAllOf(client, subscribeOptions ?? {}, {
      timeoutMs,
      onTimeout: timeout('subscribeToAll'),
      mapError: (error) => mapEsdbError(error, context('subscribeToAll')),
    })
  }

  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    await shutdown(timeoutMs)
  }

  return { endpoint, appendToStream, readStream, readAll, subscribeToAll, close }
}

const emptyIterator = (): AsyncIterator<RecordedEvent> => ({
  next: () => Promise.resolve({ done: true, value: undefined }),
})
