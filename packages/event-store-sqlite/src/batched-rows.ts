const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error))

/** One SQL result row in `raw()` form: the selected columns, in order. */
export type RawRow = readonly unknown[]

export type BatchedRowsOptions<T> = {
  /** Reads up to `limit` rows from cursor value `from` (inclusive), in cursor order. */
  fetch: (from: number, limit: number) => RawRow[]
  /** Where the first row starts and how many rows at most to yield. */
  from: number
  maxCount: number
  batchSize: number
  /** Column index of the cursor (position or revision) in a row. */
  cursorColumn: number
  decode: (row: RawRow) => T
}

/**
 * An `AsyncIterable` that reads rows a batch at a time with a fresh query per batch, so memory stays
 * flat whatever the table's size and no statement is left open between batches (writes can go on).
 */
export const batchedRows = <T>(options: BatchedRowsOptions<T>): AsyncIterable<T> => ({
  [Symbol.asyncIterator](): AsyncIterator<T> {
    const { fetch, batchSize, cursorColumn, decode } = options
    let next = options.from
    let remaining = options.maxCount
    let batch: RawRow[] = []
    let index = 0
    let exhausted = remaining <= 0
    const done = (): Promise<IteratorResult<T>> => {
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
          next = (batch[batch.length - 1]![cursorColumn] as number) + 1
          if (remaining <= 0) exhausted = true
        }
        try {
          return Promise.resolve({ done: false, value: decode(batch[index++]!) })
        } catch (error) {
          return Promise.reject(asError(error))
        }
      },
      return: done,
    }
  },
})
