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
    return {
      next: async () => {
        const result = await inner.next()
        if (result.done === true) return result
        const seen = memo?.()
        const known = seen?.get(result.value)
        if (known !== undefined) return { done: false, value: known }
        const decoded = codec.decode([result.value])
        // Most events carry nothing sealed, or keys already cached: no second wait for them.
        const [event = result.value] = decoded instanceof Promise ? await decoded : decoded
        seen?.set(result.value, event)
        return { done: false, value: event }
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
): Store & PersonalDataStore => {
  let memo = new WeakMap<RecordedEvent, RecordedEvent>()
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
      memo = new WeakMap()
      erasures += 1
      return deleted
    },
  }
  return definePersonalDataEpoch(sealing, () => erasures)
}
