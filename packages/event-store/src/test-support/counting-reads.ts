import type { EventStore } from '../event-store.js'

/** A store that counts the events its stream reads yield (to see what a cache saved). */
export const countingReads = (store: EventStore) => {
  const counted = { events: 0 }
  const wrapped: EventStore = {
    ...store,
    readStream: (streamName, options) => ({
      async *[Symbol.asyncIterator]() {
        for await (const event of store.readStream(streamName, options)) {
          counted.events++
          yield event
        }
      },
    }),
  }
  return { store: wrapped, counted }
}
