import type { EventStore } from '../event-store.js'
import { readAllSource, type EventSource } from './event-source.js'

/**
 * The store's last global position, found by reading the log after `from` (0: empty store). The
 * port has no cheaper way; pass the runner a store-specific query where one exists.
 */
export const scanLastPosition = async (store: EventStore, from = 0): Promise<number> => {
  let last = from
  for (;;) {
    let read = 0
    for await (const event of store.readAll({ fromPosition: last + 1, maxCount: 10_000 })) {
      last = event.position
      read++
    }
    if (read < 10_000) return last
  }
}

/**
 * Where a runner or a rebuild reads the log and learns its end: the given source (default the
 * store's `readAll`) and last-position query (default the source's, else a scan of the log).
 */
export const logAccess = (options: {
  store: EventStore
  source?: EventSource
  lastPosition?: () => Promise<number>
}): { source: EventSource; lastPosition: () => Promise<number> } => {
  const source = options.source ?? readAllSource(options.store)
  const lastPosition =
    options.lastPosition ??
    (source.lastPosition ? () => source.lastPosition!() : () => scanLastPosition(options.store))
  return { source, lastPosition }
}
