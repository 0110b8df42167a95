import { randomUUID } from 'node:crypto'
import { asyncArrayIterable } from './async-array-iterable.js'
import { findOriginalAppend } from './find-original-append.js'
import type { EventData, RecordedEvent } from './event-data.js'
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
} from './event-store.js'
import { matchesExpectedRevision, type StreamRevision } from './expected-revision.js'
import { WrongExpectedRevisionError } from './wrong-expected-revision-error.js'
import { createInMemoryDataKeyStore, type DataKeyStore } from './personal-data/data-key-store.js'
import { createPersonalDataCodec } from './personal-data/personal-data-codec.js'
import type { PersonalDataOptions } from './personal-data/personal-data-store.js'
import { withPersonalData } from './personal-data/with-personal-data.js'

export type InMemoryEventStoreOptions = {
  /**
   * Seal personal fields under per-person keys (kept in `keys`, by default in memory), so that
   * `erasePersonalData` can erase a person as the file stores do.
   */
  personalData?: PersonalDataOptions & { keys?: DataKeyStore }
}

const EMPTY: readonly RecordedEvent[] = []

/**
 * An event store in process memory: a global log plus a per-stream index, so appends and stream
 * reads cost the same however many other streams there are. For tests, demos and benchmarks.
 *
 * @example
 * const store = createInMemoryEventStore()
 * await store.appendToStream('order-1', [{ type: 'OrderPlaced', data: { orderId: '1' } }])
 */
export const createInMemoryEventStore = (options: InMemoryEventStoreOptions = {}): EventStore => {
  const store = createPlainStore()
  const { personalData } = options
  if (personalData === undefined) return store
  const codec = createPersonalDataCodec({
    policy: personalData.policy,
    keys: personalData.keys ?? createInMemoryDataKeyStore(),
    ...(personalData.cacheSize === undefined ? {} : { cacheSize: personalData.cacheSize }),
  })
  return withPersonalData(store, codec)
}

const createPlainStore = (): EventStore => {
  const log: RecordedEvent[] = []
  const streams = new Map<string, RecordedEvent[]>()
  // One id index for the whole store: far less memory than a Map per stream.
  const byId = new Map<string, RecordedEvent>()
  let closed = false

  const assertOpen = (): void => {
    if (closed) throw new Error('The in-memory event store is closed')
  }

  const appendToStream = (
    streamName: string,
    events: readonly EventData[],
    options?: AppendOptions,
  ): Promise<AppendResult> => {
    if (closed) return Promise.reject(new Error('The in-memory event store is closed'))
    const stream = streams.get(streamName)
    const actual: StreamRevision =
      stream === undefined || stream.length === 0 ? 'no_stream' : stream.length - 1
    const expected = options?.expectedRevision ?? 'any'

    if (stream !== undefined && events.length > 0) {
      const original = findOriginalAppend(events, (id) => {
        const stored = byId.get(id)
        if (stored === undefined || stored.streamName === streamName) return stored
        // The id is indexed for another stream (ids are meant to be unique); look here directly.
        return stream.find((e) => e.id === id)
      })
      if (original.result !== undefined) return Promise.resolve(original.result)
      if (original.found > 0) {
        return Promise.reject(new WrongExpectedRevisionError(streamName, expected, actual))
      }
    }
    if (!matchesExpectedRevision(expected, actual)) {
      return Promise.reject(new WrongExpectedRevisionError(streamName, expected, actual))
    }
    const target = stream ?? []
    if (events.length === 0) {
      return Promise.resolve({
        nextExpectedRevision: target.length - 1,
        position: target.at(-1)?.position ?? 0,
      })
    }
    if (events.length > 1) {
      const seen = new Set<string>()
      for (const event of events) {
        if (event.id === undefined) continue
        if (seen.has(event.id)) {
          return Promise.reject(
            new Error(`Event id '${event.id}' appears twice in one append to '${streamName}'`),
          )
        }
        seen.add(event.id)
      }
    }
    if (stream === undefined) streams.set(streamName, target)
    const recordedAt = new Date()
    for (const event of events) {
      const recorded: RecordedEvent = {
        type: event.type,
        data: event.data,
        metadata: event.metadata ?? {},
        id: event.id ?? randomUUID(),
        streamName,
        revision: target.length,
        position: log.length + 1,
        recordedAt,
      }
      target.push(recorded)
      if (!byId.has(recorded.id)) byId.set(recorded.id, recorded)
      log.push(recorded)
    }
    return Promise.resolve({ nextExpectedRevision: target.length - 1, position: log.length })
  }

  const readStream = (
    streamName: string,
    options?: ReadStreamOptions,
  ): AsyncIterable<RecordedEvent> => {
    assertOpen()
    const events = streams.get(streamName) ?? EMPTY
    const from = Math.max(0, options?.fromRevision ?? 0)
    const to = Math.min(events.length, from + (options?.maxCount ?? Infinity))
    return asyncArrayIterable(events, from, to)
  }

  const readAll = (options?: ReadAllOptions): AsyncIterable<RecordedEvent> => {
    assertOpen()
    const from = Math.max(0, (options?.fromPosition ?? 1) - 1)
    const to = Math.min(log.length, from + (options?.maxCount ?? Infinity))
    return asyncArrayIterable(log, from, to)
  }

  const close = (): Promise<void> => {
    closed = true
    return Promise.resolve()
  }

  return { appendToStream, readStream, readAll, close }
}
