type Entry = { source: unknown; checkpoint: number; at: number; value: unknown }

/** A short-lived memo of read-model query answers; see {@link createReadCache}. */
export type ReadCache = {
  /** The answer for `key`, recomputed when the read model moved or the answer is older than allowed. */
  get<T>(key: string, source: unknown, checkpoint: number, now: number, compute: () => T): T
}

/**
 * Memoizes query answers per key while the read model (`source`, `checkpoint`) is unchanged and
 * for at most `maxAgeMs`: busy reads of the same board then share one query, and time-relative
 * fields (ages, overdue flags) are at most `maxAgeMs` old.
 */
export const createReadCache = (maxAgeMs = 1000, maxEntries = 1000): ReadCache => {
  const entries = new Map<string, Entry>()
  return {
    get: <T>(key: string, source: unknown, checkpoint: number, now: number, compute: () => T) => {
      const hit = entries.get(key)
      if (
        hit !== undefined &&
        hit.source === source &&
        hit.checkpoint === checkpoint &&
        now - hit.at < maxAgeMs
      ) {
        return hit.value as T
      }
      const value = compute()
      entries.delete(key)
      entries.set(key, { source, checkpoint, at: now, value })
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next()
        if (oldest.done !== true) entries.delete(oldest.value)
      }
      return value
    },
  }
}
