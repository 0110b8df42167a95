import type { EventStore } from '../event-store.js'

/**
 * A store that counts its stream reads (`reads`, one per `readStream` call, by stream in
 * `streams`) and the events they yield (`events`), to see what a cache or a process saved.
 */
export const countingReads = (store: EventStore) => {
  const counted = { events: 0, reads: 0, streams: [] as string[] }
  const wrapped: EventStore = {
    ...store,
    readStream: (streamName, options) => ({
      async *[Symbol.asyncIterator]() {
        counted.reads++
        counted.streams.push(streamName)
        for await (const event of store.readStream(streamName, options)) {
          counted.events++
          yield event
        }
      },
    }),
  }
  return { store: wrapped, counted }
}
