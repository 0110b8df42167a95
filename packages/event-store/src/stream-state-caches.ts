import type { EventStore } from './event-store.js'
import { personalDataEpochOf } from './personal-data/personal-data-store.js'
import {
  createStreamStateCache,
  type StreamStateCache,
  type StreamStateCacheOptions,
} from './stream-state-cache.js'

/**
 * One {@link StreamStateCache} per store, made on first use and held in a `WeakMap`: stores never
 * see each other's streams, and a store that is dropped takes its cache with it. The caller makes
 * one of these per decider (per handler or reader), so deciders never share states either. After
 * an erasure (the store's `personalDataEpoch` moved) a store's cache starts empty: its states were
 * folded from fields that now read as `[erased]`.
 */
export const streamStateCaches = <State>(
  options: false | StreamStateCacheOptions = {},
): ((store: EventStore) => StreamStateCache<State> | undefined) => {
  if (options === false) return () => undefined
  const caches = new WeakMap<EventStore, { cache: StreamStateCache<State>; epoch: number }>()
  return (store) => {
    const epoch = personalDataEpochOf(store)
    let held = caches.get(store)
    if (held === undefined || held.epoch !== epoch) {
      caches.set(store, (held = { cache: createStreamStateCache<State>(options), epoch }))
    }
    return held.cache
  }
}
