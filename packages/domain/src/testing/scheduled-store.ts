import type { EventStore } from '@wenming/event-store'
import type fc from 'fast-check'

/**
 * Wraps a store so that fast-check's scheduler decides when each append lands: concurrent commands
 * read, then race to append, in every order the scheduler tries.
 */
export const scheduledStore = (scheduler: fc.Scheduler, store: EventStore): EventStore => ({
  appendToStream: scheduler.scheduleFunction((streamName, events, options) =>
    store.appendToStream(streamName, events, options),
  ),
  readStream: (streamName, options) => store.readStream(streamName, options),
  readAll: (options) => store.readAll(options),
  close: () => store.close(),
})
