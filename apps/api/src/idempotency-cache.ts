/** The response a command produced, kept so that a retry with the same key gets it again. */
export type StoredResponse = {
  statusCode: number
  headers: Record<string, string>
  body: unknown
}

type Entry = { fingerprint: string; response: Promise<StoredResponse> }

/** Outcome of a lookup: run the request, replay a stored response, or refuse a reused key. */
export type IdempotencyLookup =
  | { kind: 'miss'; settle: (response: StoredResponse | undefined) => void }
  | { kind: 'hit'; response: Promise<StoredResponse> }
  | { kind: 'conflict' }

export type IdempotencyCache = {
  /** Claims `key` for a request with `fingerprint`, or finds who claimed it first. */
  lookup(key: string, fingerprint: string): IdempotencyLookup
  size(): number
}

/**
 * Remembers the responses to keyed POSTs (bounded, oldest evicted first). A retry waits for the
 * first request if it is still running; a request that failed before deciding (settled with
 * undefined) releases its key, so a retry runs again. The kernel's deterministic event ids make a
 * retry after eviction or restart append nothing too.
 */
export const createIdempotencyCache = (capacity = 100_000): IdempotencyCache => {
  const entries = new Map<string, Entry>()
  return {
    lookup: (key, fingerprint) => {
      const existing = entries.get(key)
      if (existing !== undefined) {
        return existing.fingerprint === fingerprint
          ? { kind: 'hit', response: existing.response }
          : { kind: 'conflict' }
      }
      let resolve!: (response: StoredResponse) => void
      let reject!: (reason: unknown) => void
      const response = new Promise<StoredResponse>((res, rej) => {
        resolve = res
        reject = rej
      })
      // A waiting retry handles a released key by running the request itself.
      response.catch(() => undefined)
      entries.set(key, { fingerprint, response })
      if (entries.size > capacity) {
        const oldest = entries.keys().next()
        if (oldest.done !== true) entries.delete(oldest.value)
      }
      return {
        kind: 'miss',
        settle: (stored) => {
          if (stored === undefined) {
            entries.delete(key)
            reject(new Error('released'))
          } else resolve(stored)
        },
      }
    },
    size: () => entries.size,
  }
}
