import type { EventStore } from './event-store.js'
import {
  createStreamStateCache,
  type StreamStateCache,
  type StreamStateCacheOptions,
} from './stream-state-cache.js'

/**
 * One {@link StreamStateCache} per store, made on first use and held in a `WeakMap`: stores never
 * see each other's streams, and a store that is dropped takes its cache with it. The caller makes
 * one of these per decider (per handler or reader), so deciders never share states either.
 */
export const streamStateCaches = <State>(
  options: false | StreamStateCacheOptions = {},
): ((store: EventStore) => StreamStateCache<State> | undefined) => {
  if (options === false) return () => undefined
  const caches = new WeakMap<EventStore, StreamStateCache<State>>()
  return (store) => {
    let cache = caches.get(store)
    if (cache === undefined) caches.set(store, (cache = createStreamStateCache<State>(options)))
    return cache
  }
}
