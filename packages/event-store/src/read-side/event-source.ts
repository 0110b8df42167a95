import type { LeanEvent, RecordedEvent } from '../event-data.js'
import type { EventStore } from '../event-store.js'

/** One read of the log: the wanted events among the positions read, and how far it read. */
export type EventBatch<Event extends LeanEvent = RecordedEvent> = {
  readonly events: readonly Event[]
  /** The last position read; every wanted event up to it is in `events`. */
  readonly position: number
  /** True when the read reached the end of the log. */
  readonly end: boolean
}

/**
 * Where a runner reads the log: up to `limit` positions after `after`, keeping only `types` (all
 * when undefined). A store-specific source may filter before decoding; the default reads `readAll`.
 */
export type EventSource = {
  read(after: number, limit: number, types: ReadonlySet<string> | undefined): Promise<EventBatch>
  /**
   * The same read, each event only as type, data and position: for runs whose projections all
   * read no more, where the source can decode less (the SQLite source leaves more than half of
   * each stored event's bytes unparsed).
   */
  readLean?(
    after: number,
    limit: number,
    types: ReadonlySet<string> | undefined,
  ): Promise<EventBatch<LeanEvent>>
  /** The log's last position, where the source knows it cheaply. */
  lastPosition?(): Promise<number>
}

/** An {@link EventSource} over the store port's `readAll`: decodes every event, filters after. */
export const readAllSource = (store: EventStore): EventSource => ({
  read: async (after, limit, types) => {
    const events: RecordedEvent[] = []
    let position = after
    let read = 0
    let beyond = false
    for await (const event of store.readAll({ fromPosition: after + 1, maxCount: limit })) {
      // A window of `limit` positions, even where the store's positions have gaps.
      if (event.position > after + limit) {
        beyond = true
        break
      }
      if (types === undefined || types.has(event.type)) events.push(event)
      position = event.position
      read++
    }
    // Past the window, every event up to its last position has been read, even with none in it.
    return { events, position: beyond ? after + limit : position, end: !beyond && read < limit }
  },
})
