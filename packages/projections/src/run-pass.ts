import type { EventSource } from './event-source.js'
import type { SlotRun } from './projection-slot.js'

export type PassOptions = {
  /** Log positions per commit (default 1,000). */
  batchSize?: number
  /** Log positions per read of the source (default 2,048): small reads keep little garbage alive. */
  readSize?: number
  /** Stop after this global position (default: the end of the log). */
  untilPosition?: number
  /** Called after each committed batch with the position reached and the events passed so far. */
  onBatch?: (position: number, eventsRead: number) => void
  signal?: AbortSignal
}

const wantedTypes = (runs: readonly SlotRun[]): ReadonlySet<string> | undefined => {
  const types = new Set<string>()
  for (const run of runs) {
    if (run.eventTypes === undefined) return undefined
    for (const type of run.eventTypes) types.add(type)
  }
  return types
}

/**
 * Runs several projections in one pass over the log, from the lowest of their checkpoints: each
 * event goes to every run whose checkpoint is before it, every run's checkpoint moves over the
 * positions read, and every run commits after each batch. `eventsRead` counts log positions
 * passed (events, where positions are dense as in the SQLite and in-memory stores).
 */
export const runPass = async (
  source: EventSource,
  runs: readonly SlotRun[],
  options: PassOptions = {},
): Promise<{ position: number; eventsRead: number }> => {
  if (runs.length === 0) return { position: 0, eventsRead: 0 }
  const batchSize = options.batchSize ?? 1000
  const readSize = options.readSize ?? 2048
  const until = options.untilPosition ?? Infinity
  const types = wantedTypes(runs)
  const start = Math.min(...runs.map((run) => run.checkpoint()))
  let position = start

  let end = false
  while (position < until && !end) {
    options.signal?.throwIfAborted()
    const batchEnd = Math.min(position + batchSize, until)
    const batchStart = position
    while (position < batchEnd && !end) {
      const window = Math.min(readSize, batchEnd - position)
      const batch = await source.read(position, window, types)
      for (const event of batch.events) {
        for (const run of runs) if (event.position > run.checkpoint()) run.apply(event)
      }
      end = batch.end || batch.position <= position
      position = Math.max(position, batch.position)
    }
    if (position === batchStart) break
    for (const run of runs) run.advance(position)
    // One commit at a time: SQLite storages share the event store's connection.
    for (const run of runs) await run.commit()
    options.onBatch?.(position, position - start)
  }
  return { position, eventsRead: position - start }
}
