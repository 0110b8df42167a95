import type { RecordedEvent } from '../event-data.js'
import type { EventStore } from '../event-store.js'
import type { PersonalDataCodec } from './personal-data-codec.js'
import { definePersonalDataEpoch, type PersonalDataStore } from './personal-data-store.js'

/**
 * What was read of each stored event object, for a store that hands out the same objects on every
 * read (the in-memory one): a stream read again decodes nothing twice. Replaced on an erasure.
 */
export type DecodedEvents = {
  get(event: RecordedEvent): RecordedEvent | undefined
  set(event: RecordedEvent, decoded: RecordedEvent): void
}

/** The events of `events`, each with its personal fields opened by `codec`. */
export const decodedEvents = (
  events: AsyncIterable<RecordedEvent>,
  codec: PersonalDataCodec,
  memo?: () => DecodedEvents,
): AsyncIterable<RecordedEvent> => ({
  [Symbol.asyncIterator]: () => {
    const inner = events[Symbol.asyncIterator]()
    // Not an async function: one promise per event, not three (every command reads its stream).
    const open = (result: IteratorResult<RecordedEvent>) => {
      if (result.done === true || !codec.seals(result.value.type)) return result
      const seen = memo?.()
      const known = seen?.get(result.value)
      if (known !== undefined) return { done: false as const, value: known }
      const decoded = codec.decode([result.value])
      const settle = ([event = result.value]: RecordedEvent[]) => {
        seen?.set(result.value, event)
        return { done: false as const, value: event }
      }
      // Most events carry nothing sealed, or keys already cached: no second wait for them.
      return decoded instanceof Promise ? decoded.then(settle) : settle(decoded)
    }
    return {
      next: () => inner.next().then(open),
      return: async () => (await inner.return?.()) ?? { done: true, value: undefined },
    }
  },
})

/**
 * A store whose appends seal personal fields and whose reads open them, around a store that keeps
 * events as given and hands out the same objects on every read (the in-memory store: what was
 * opened is kept by event object; adapters with their own batch reads do it inside).
 */
export const withPersonalData = <Store extends EventStore>(
  store: Store,
  codec: PersonalDataCodec,
): Store & PersonalDataStore => {
  // A Map, not a WeakMap: it holds only events with sealed fields, of a store that holds them all
  // anyway, and ephemerons cost the garbage collector (tools/bench/README.md, "Opened events").
  let memo = new Map<RecordedEvent, RecordedEvent>()
  let erasures = 0
  const decoded = () => memo
  const sealing: Store & Omit<PersonalDataStore, 'personalDataEpoch'> = {
    ...store,
    appendToStream: (streamName, events, options) => {
      let sealed: ReturnType<PersonalDataCodec['encode']>
      try {
        sealed = codec.encode(events)
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)))
      }
      return sealed instanceof Promise
        ? sealed.then((ready) => store.appendToStream(streamName, ready, options))
        : store.appendToStream(streamName, sealed, options)
    },
    readStream: (streamName, options) =>
      decodedEvents(store.readStream(streamName, options), codec, decoded),
    readAll: (options) => decodedEvents(store.readAll(options), codec, decoded),
    close: () => store.close(),
    erasePersonalData: async (subject: string) => {
      const deleted = await codec.forget(subject)
      memo = new Map()
      erasures += 1
      return deleted
    },
  }
  return definePersonalDataEpoch(sealing, () => erasures)
}
