import type { RecordedEvent } from '../event-data.js'
import type { EventStore } from '../event-store.js'
import type { PersonalDataCodec } from './personal-data-codec.js'
import type { PersonalDataStore } from './personal-data-store.js'

/** The events of `events`, each with its personal fields opened by `codec`. */
export const decodedEvents = (
  events: AsyncIterable<RecordedEvent>,
  codec: PersonalDataCodec,
): AsyncIterable<RecordedEvent> => ({
  [Symbol.asyncIterator]: () => {
    const inner = events[Symbol.asyncIterator]()
    return {
      next: async () => {
        const result = await inner.next()
        if (result.done === true) return result
        const decoded = codec.decode([result.value])
        // Most events carry nothing sealed, or keys already cached: no second wait for them.
        const [event] = decoded instanceof Promise ? await decoded : decoded
        return { done: false, value: event ?? result.value }
      },
      return: async () => (await inner.return?.()) ?? { done: true, value: undefined },
    }
  },
})

/**
 * A store whose appends seal personal fields and whose reads open them, around any store that
 * keeps events as given (the in-memory store; adapters with their own batch reads do it inside).
 */
export const withPersonalData = <Store extends EventStore>(
  store: Store,
  codec: PersonalDataCodec,
): Store & PersonalDataStore => ({
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
  readStream: (streamName, options) => decodedEvents(store.readStream(streamName, options), codec),
  readAll: (options) => decodedEvents(store.readAll(options), codec),
  close: () => store.close(),
  erasePersonalData: (subject) => codec.forget(subject),
})
