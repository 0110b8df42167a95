import type { EventSource, EventStore, RecordedEvent } from '@wenming/event-store'

/**
 * An event source over `$all` for the read-side engine. EventStoreDB's positions are sparse (byte
 * offsets, see `toGlobalPosition`), so a window is `limit` events rather than `limit` positions:
 * one `readAll` of at most `limit` events after `after`, the event types nobody wants dropped as
 * they arrive. A window may thus end past a runner's `untilPosition` (by less than one window).
 *
 * @example
 * const runner = await openProjectionRunner({ store, slots, source: eventStoreDbEventSource(store) })
 */
export const eventStoreDbEventSource = (store: Pick<EventStore, 'readAll'>): EventSource => ({
  read: async (after, limit, types) => {
    const events: RecordedEvent[] = []
    let position = after
    let read = 0
    for await (const event of store.readAll({ fromPosition: after + 1, maxCount: limit })) {
      if (types === undefined || types.has(event.type)) events.push(event)
      position = event.position
      read++
    }
    return { events, position, end: read < limit }
  },
})
