import type { RecordedEvent } from '@wenming/event-store'
import type { EventWindowReader } from './event-window-reader.js'
import { createReadAheadWindowReader } from './read-ahead-window-reader.js'

export type ReadAllAheadOptions = {
  path: string
  /** First position to read, the last one, and how many events at most. */
  from: number
  until: number
  maxCount: number
  windowSize: number
  /** Reads the windows on the caller's connection while the worker starts. */
  inThread: EventWindowReader
  /** Opens the personal fields of each window's events. */
  decode: (events: RecordedEvent[]) => RecordedEvent[]
  /** Called once the worker is closed, whichever way the iteration ended. */
  onClosed: () => void
}

/**
 * A long `readAll` on a store file: windows of positions come from a read-ahead worker (the next
 * window's query runs while the caller consumes this one), in position order, up to `until`.
 * The worker is closed when the iteration ends, fails or is returned early.
 */
export const readAllAhead = (
  options: ReadAllAheadOptions,
): AsyncIterator<RecordedEvent> & {
  close(): Promise<void>
} => {
  const { until, windowSize } = options
  const reader = createReadAheadWindowReader(options.path, { inThread: options.inThread })
  let after = options.from - 1
  let remaining = options.maxCount
  let batch: RecordedEvent[] = []
  let index = 0
  let closing: Promise<void> | undefined
  const close = (): Promise<void> => (closing ??= reader.close().finally(options.onClosed))
  const done = async (): Promise<IteratorResult<RecordedEvent>> => {
    await close()
    return { done: true, value: undefined }
  }
  const nextBatch = async (): Promise<IteratorResult<RecordedEvent>> => {
    try {
      while (index >= batch.length) {
        if (after >= until || remaining <= 0 || closing !== undefined) return await done()
        const end = Math.min(after + windowSize, until)
        batch = options.decode(await reader.read(after, end))
        index = 0
        after = end
        if (batch.length > remaining) batch = batch.slice(0, remaining)
        remaining -= batch.length
      }
      return { done: false, value: batch[index++]! }
    } catch (error) {
      await close()
      throw error
    }
  }
  return {
    next: () =>
      index < batch.length ? Promise.resolve({ done: false, value: batch[index++]! }) : nextBatch(),
    return: () => {
      batch = []
      return done()
    },
    close,
  }
}
