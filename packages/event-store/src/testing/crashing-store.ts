import type { EventStore } from '../event-store.js'

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
