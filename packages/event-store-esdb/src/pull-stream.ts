import type { Readable } from 'node:stream'

/** Returned by `map` or `mapError` to end the iteration early, without an error. */
export const END_OF_STREAM: unique symbol = Symbol('end of stream')

export type PullStreamOptions<Item, T> = {
  /** Opens the call; runs when iteration starts. */
  open: () => Readable
  /** Cancels the call (`cancel()` of a read, `unsubscribe()` of a subscription). */
  stop: (stream: Readable) => Promise<void>
  /** Longest wait for the next item. */
  timeoutMs: number
  /** `'until-confirmed'`: a subscription waits unbounded once the server confirmed it. */
  bound: 'always' | 'until-confirmed'
  onTimeout: () => Error
  /** An item as the caller's value: undefined skips it, END_OF_STREAM ends the iteration. */
  map: (item: Item) => T | undefined | typeof END_OF_STREAM
  /** Whether the caller has all it asked for: the next `next()` ends the iteration. */
  isComplete?: () => boolean
  /** A failure as the error to throw, or END_OF_STREAM to end quietly (a stream not found). */
  mapError: (error: unknown) => unknown
}

const HIGH_WATER = 256

/**
 * An async iterable over a client `Readable` that never hangs: every wait for the next item is
 * bounded by `timeoutMs`, a failure is thrown (mapped) rather than emitted, and `return()` cancels
 * the call at once, even while a `next()` is pending (an async generator would queue it instead).
 */
export const pullStream = <Item, T>(options: PullStreamOptions<Item, T>): AsyncIterable<T> => ({
  [Symbol.asyncIterator](): AsyncIterator<T> {
    const stream = options.open()
    const queue: Item[] = []
    let ended = false
    let finished = false
    let confirmed = false
    let failure: { error: unknown } | undefined
    let wake: (() => void) | undefined
    const notify = (): void => {
      const resolve = wake
      wake = undefined
      resolve?.()
    }
    stream.on('data', (item: Item) => {
      queue.push(item)
      if (queue.length >= HIGH_WATER) stream.pause()
      notify()
    })
    stream.on('end', () => {
      ended = true
      notify()
    })
    stream.on('close', () => {
      ended = true
      notify()
    })
    stream.on('error', (error: unknown) => {
      failure ??= { error }
      notify()
    })
    stream.on('confirmation', () => {
      confirmed = true
      notify()
    })

    const finish = async (): Promise<IteratorResult<T>> => {
      if (!finished) {
        finished = true
        notify()
        await options.stop(stream).catch(() => undefined)
      }
      return { done: true, value: undefined }
    }
    const fail = async (error: unknown): Promise<never> => {
      await finish()
      throw error
    }

    const waitForActivity = (): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        const bounded = options.bound === 'always' || !confirmed
        const timer = bounded
          ? setTimeout(() => {
              wake = undefined
              reject(options.onTimeout())
            }, options.timeoutMs)
          : undefined
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })

    const next = async (): Promise<IteratorResult<T>> => {
      for (;;) {
        if (finished) return { done: true, value: undefined }
        if (options.isComplete?.() === true) return finish()
        const item = queue.shift()
        if (item !== undefined) {
          if (queue.length < HIGH_WATER / 2 && stream.isPaused()) stream.resume()
          let value: T | undefined | typeof END_OF_STREAM
          try {
            value = options.map(item)
          } catch (error) {
            return fail(error)
          }
          if (value === END_OF_STREAM) return finish()
          if (value !== undefined) return { done: false, value }
          continue
        }
        if (failure !== undefined) {
          const mapped = options.mapError(failure.error)
          return mapped === END_OF_STREAM ? finish() : fail(mapped)
        }
        if (ended) return finish()
        try {
          await waitForActivity()
        } catch (timeout) {
          return fail(timeout)
        }
      }
    }
    return { next, return: finish }
  },
})
