import type { RecordedEvent } from '@wenming/event-store'

const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error))

export type BatchedEventsOptions = {
  /** Reads up to `limit` events from cursor value `from` (inclusive), in cursor order. */
  fetch: (from: number, limit: number) => RecordedEvent[]
  /** Where the first event starts and how many events at most to yield. */
  from: number
  maxCount: number
  batchSize: number
  /** The field the batches advance by. */
  cursor: 'position' | 'revision'
}

/**
 * An `AsyncIterable` that reads events a batch at a time with a fresh query per batch, so memory
 * stays flat whatever the table's size and no statement is left open between batches (writes can
 * go on).
 */
export const batchedEvents = (options: BatchedEventsOptions): AsyncIterable<RecordedEvent> => ({
  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    const { fetch, batchSize, cursor } = options
    let next = options.from
    let remaining = options.maxCount
    let batch: RecordedEvent[] = []
    let index = 0
    let exhausted = remaining <= 0
    const done = (): Promise<IteratorResult<RecordedEvent>> => {
      exhausted = true
      batch = []
      return Promise.resolve({ done: true, value: undefined })
    }
    return {
      next: () => {
        if (index >= batch.length) {
          if (exhausted) return done()
          try {
            const limit = Math.min(batchSize, remaining)
            batch = fetch(next, limit)
            index = 0
            if (batch.length < limit) exhausted = true
          } catch (error) {
            exhausted = true
            return Promise.reject(asError(error))
          }
          if (batch.length === 0) return done()
          remaining -= batch.length
          next = batch[batch.length - 1]![cursor] + 1
          if (remaining <= 0) exhausted = true
        }
        return Promise.resolve({ done: false, value: batch[index++]! })
      },
      return: done,
    }
  },
})
