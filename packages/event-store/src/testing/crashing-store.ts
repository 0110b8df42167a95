import type { EventStore } from '../event-store.js'
import type { EventSource } from '../read-side/event-source.js'

/** A store whose `readAll` throws after `after` events: a process dying in the middle of a batch. */
export const crashingAfter = (store: EventStore, after: number): EventStore => {
  let left = after
  return {
    ...store,
    readAll: async function* (options) {
      for await (const event of store.readAll(options)) {
        if (left-- <= 0) throw new Error('simulated crash')
        yield event
      }
    },
  }
}

/** Swallows the simulated crash, rethrows anything else. */
export const survivingCrash = (error: unknown): void => {
  if (!(error instanceof Error && error.message === 'simulated crash')) throw error
}

/** A source that throws after handing out `after` events: a process dying between two reads. */
export const crashingSource = (source: EventSource, after: number): EventSource => {
  let left = after
  const cut = <Batch extends { events: readonly unknown[] }>(batch: Batch): Batch => {
    left -= batch.events.length
    if (left < 0) throw new Error('simulated crash')
    return batch
  }
  return {
    read: async (from, limit, types) => cut(await source.read(from, limit, types)),
    ...(source.readLean === undefined
      ? {}
      : {
          readLean: async (from, limit, types) => cut(await source.readLean!(from, limit, types)),
        }),
    ...(source.lastPosition === undefined ? {} : { lastPosition: () => source.lastPosition!() }),
  }
}
