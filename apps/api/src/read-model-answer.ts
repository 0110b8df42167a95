import type { LiveProjections } from './live-projections.js'
import type { QueryResult } from './query-route.js'
import { createReadCache } from './read-cache.js'
import { JSON_MEDIA_TYPE, serializeJson } from './serialized-json.js'

/** Answers of one read model, serialized once per key and checkpoint; see {@link readModelAnswers}. */
export type ReadModelAnswers = {
  /** The answer `compute` gives for `key`, as JSON bytes with their ETag and the model's freshness. */
  answer(key: string, compute: () => unknown): QueryResult
}

/** Serialized answers kept per read model. */
const MAX_ANSWERS = 256

/**
 * Memoizes the serialized answers of read model `name` (which holds no time-relative fields) while
 * its checkpoint stays put: busy readers of one page share its bytes and ETag, and an
 * `If-None-Match` of that ETag gets a 304.
 */
export const readModelAnswers = (live: LiveProjections, name: string): ReadModelAnswers => {
  const cache = createReadCache(Number.POSITIVE_INFINITY, MAX_ANSWERS)
  return {
    answer: (key, compute) => {
      const freshness = live.freshness(name)
      const page = cache.get(key, live, freshness.checkpoint, 0, () => serializeJson(compute()))
      return { body: page.bytes, contentType: JSON_MEDIA_TYPE, etag: page.etag, freshness }
    },
  }
}
