import type { Decider, DomainEvent } from './decider.js'
import type { EventStore } from './event-store.js'
import { foldWholeStream, startStreamFold } from './stream-fold.js'
import type { StreamStateCacheOptions } from './stream-state-cache.js'
import { streamStateCaches } from './stream-state-caches.js'

export type StateReaderOptions = {
  /**
   * Keeps each stream's folded state per store, as the command handler does, so that a read folds
   * only the events appended since the last one (default `{ maxStreams: 10_000,
   * maxCommandIds: 500_000, minEvents: 16 }`; `false`: fold the whole stream every time). States
   * are shared between reads: `evolve` must return a new state and leave its input unchanged, and
   * a caller must not change a state it is given.
   */
  stateCache?: false | StreamStateCacheOptions
}

/** Reads a stream of `store` and returns its current state: the fold of all its events. */
export type StateReader<State> = (store: EventStore, streamName: string) => Promise<State>

/**
 * Creates a reader of one decider's streams that memoises their folded states per store (the
 * command handler's stream state cache, a separate one per reader): a read folds only the events
 * appended since the cached revision, whoever appended them, and a read that does not go on where
 * the cache stopped folds the whole stream again.
 *
 * @example
 * const readOrder = createStateReader(orderDecider)
 * const order = await readOrder(store, 'order-1')
 */
export const createStateReader = <Event extends DomainEvent, State>(
  decider: Pick<Decider<never, Event, State, unknown>, 'initialState' | 'evolve'>,
  options: StateReaderOptions = {},
): StateReader<State> => {
  const cacheOf = streamStateCaches<State>(options.stateCache)
  return async (store, streamName) => {
    const cache = cacheOf(store)
    const fold = startStreamFold(decider, streamName, undefined, cache)
    for await (const recorded of store.readStream(streamName, fold.readOptions)) {
      if (!fold.add(recorded)) break
    }
    const folded =
      fold.finish() ?? (await foldWholeStream(store, decider, streamName, undefined, cache))
    return folded.state
  }
}
