import type { EventStore } from '@wenming/event-store'

const BATCH = 1000

export type EventsTailOptions = {
  from: number
  limit: number | undefined
  follow: boolean
  /** Only events of these types (all when omitted). */
  types?: readonly string[]
  /** Only events of this stream (all when omitted). */
  stream?: string
  pollMs?: number
  signal?: AbortSignal
  write: (line: string) => void
}

/**
 * Prints events in global order from a position, one JSON object per line, optionally only those of
 * some types or one stream; `follow` keeps polling.
 */
export const eventsTail = async (
  store: EventStore,
  options: EventsTailOptions,
): Promise<number> => {
  let next = options.from
  let printed = 0
  const budget = options.limit ?? Infinity
  const types = options.types === undefined ? undefined : new Set(options.types)
  // A function, so that TypeScript does not narrow the flag across the awaits.
  const aborted = (): boolean => options.signal?.aborted === true
  for (;;) {
    let read = 0
    for await (const event of store.readAll({ fromPosition: next, maxCount: BATCH })) {
      read++
      if (printed >= budget) return printed
      next = event.position + 1
      if (types !== undefined && !types.has(event.type)) continue
      if (options.stream !== undefined && event.streamName !== options.stream) continue
      options.write(
        JSON.stringify({
          position: event.position,
          stream: event.streamName,
          revision: event.revision,
          type: event.type,
          recordedAt: event.recordedAt.toISOString(),
          data: event.data,
          metadata: event.metadata,
        }),
      )
      printed++
    }
    if (read === BATCH) continue
    if (!options.follow || printed >= budget || aborted()) return printed
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500))
    if (aborted()) return printed
  }
}
