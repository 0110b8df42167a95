import type { EventStore } from '@wenming/event-store'

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
