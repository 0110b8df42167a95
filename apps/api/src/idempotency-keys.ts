/** A request an idempotency key was first used for, and its response serialized as JSON. */
export type IdempotencyKeyRecord = {
  readonly key: string
  readonly fingerprint: string
  readonly response: string
  /** ms since the epoch, by the API's clock. */
  readonly recordedAt: number
}

/**
 * Where the API keeps idempotency keys for their window, beyond the in-memory cache: the SQLite
 * store's `createSqliteIdempotencyStore` (durable, same file as the events) or
 * {@link createInMemoryIdempotencyKeys}.
 */
export type IdempotencyKeys = {
  /** The record of `key` if it was saved within the window before `now`. */
  find(key: string, now: number): Promise<IdempotencyKeyRecord | undefined>
  /** Saves a record; resolves once it is kept (durably, for a durable implementation). */
  save(record: IdempotencyKeyRecord): Promise<void>
}

/** The default window an idempotency key is kept for: 24 hours. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000

/** Idempotency keys in this process's memory for `windowMs` (lost on restart): tests, the in-memory store. */
export const createInMemoryIdempotencyKeys = (
  windowMs = IDEMPOTENCY_WINDOW_MS,
): IdempotencyKeys => {
  const records = new Map<string, IdempotencyKeyRecord>()
  return {
    find: (key, now) => {
      const record = records.get(key)
      return Promise.resolve(
        record === undefined || record.recordedAt < now - windowMs ? undefined : record,
      )
    },
    save: (record) => {
      if (!records.has(record.key)) records.set(record.key, record)
      // Expired keys go as new ones arrive (a Map iterates in insertion order).
      for (const [key, old] of records) {
        if (old.recordedAt >= record.recordedAt - windowMs) break
        records.delete(key)
      }
      return Promise.resolve()
    },
  }
}
