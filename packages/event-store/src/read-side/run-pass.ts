import type { LeanEvent } from '../event-data.js'
import type { EventBatch, EventSource } from './event-source.js'
import { commitRuns } from './commit-runs.js'
import type { SlotRun } from './projection-slot.js'

export type PassOptions = {
  /** Log positions per commit (default 1,000). */
  batchSize?: number
  /** Log positions per read of the source (default 2,048): small reads keep little garbage alive. */
  readSize?: number
  /** Stop after this global position (default: the end of the log). */
  untilPosition?: number
  /**
   * Makes the pass share the event loop: it commits in slices of about this long (ms) of reading,
   * applying and committing, each a batch cut short (rows and checkpoints together, as ever), and
   * yields with `setImmediate` after each. A slice covers as many positions as fit in the time at
   * the cost per position of the slice before. Default: it never yields (an offline rebuild).
   */
  sliceMs?: number
  /** Called after each committed batch with the position reached and the events passed so far. */
  onBatch?: (position: number, eventsRead: number) => void
  signal?: AbortSignal
  /** The clock that times slices (ms; default `performance.now`). */
  now?: () => number
}

/** Positions in the first slice of a pass, and the least in any slice. */
const FIRST_SLICE = 64
const LEAST_SLICE = 16

const wantedTypes = (runs: readonly SlotRun[]): ReadonlySet<string> | undefined => {
  const types = new Set<string>()
  for (const run of runs) {
    if (run.eventTypes === undefined) return undefined
    for (const type of run.eventTypes) types.add(type)
  }
  return types
}

/** Lean reads when the source has them and every run reads only type, data and position. */
const readerFor = (
  source: EventSource,
  runs: readonly SlotRun[],
): ((
  after: number,
  limit: number,
  types: ReadonlySet<string> | undefined,
) => Promise<EventBatch<LeanEvent>>) =>
  source.readLean !== undefined && runs.every((run) => run.leanEvents)
    ? (after, limit, types) => source.readLean!(after, limit, types)
    : (after, limit, types) => source.read(after, limit, types)

/** The part of `batch` up to `until`: its events there, and the read ending at `until`. */
const clipped = <Event extends LeanEvent>(
  batch: EventBatch<Event>,
  until: number,
): EventBatch<Event> => ({
  events: batch.events.filter((event) => event.position <= until),
  position: until,
  end: false,
})

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

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
  const { sliceMs } = options
  const now = options.now ?? (() => performance.now())
  const types = wantedTypes(runs)
  const read = readerFor(source, runs)
  const start = Math.min(...runs.map((run) => run.checkpoint()))
  let position = start

  let sliceStart = now()
  let slicePositions = FIRST_SLICE
  const sliceOver = (): boolean => sliceMs !== undefined && now() - sliceStart >= sliceMs

  let end = false
  while (position < until && !end) {
    options.signal?.throwIfAborted()
    const batchLength = sliceMs === undefined ? batchSize : Math.min(batchSize, slicePositions)
    const batchEnd = Math.min(position + batchLength, until)
    const batchStart = position
    do {
      let batch = await read(position, Math.min(readSize, batchEnd - position), types)
      // A source over sparse positions counts events, not positions, and may read past the end.
      if (batch.position > until) batch = clipped(batch, until)
      for (const event of batch.events) {
        for (const run of runs) if (event.position > run.checkpoint()) run.apply(event)
      }
      end = batch.end || batch.position <= position
      position = Math.max(position, batch.position)
    } while (position < batchEnd && !end && !sliceOver())
    if (position === batchStart) break
    for (const run of runs) run.advance(position)
    await commitRuns(runs)
    options.onBatch?.(position, position - start)
    if (sliceMs === undefined) continue
    // The commit is most of a slice's cost (a row write per event or two), so it is in the measure.
    // The next slice has at most twice and at least half as many positions as this one: cheap
    // positions (types nobody reads) say little about the next ones, and one slow commit (SQLite
    // copying its log into the database) little about the next commit.
    const passed = position - batchStart
    const fits = Math.floor((sliceMs * passed) / Math.max(now() - sliceStart, 1e-3))
    slicePositions = Math.max(LEAST_SLICE, Math.floor(passed / 2), Math.min(fits, 2 * passed))
    if (position < until && !end) {
      await yieldToLoop()
      sliceStart = now()
    }
  }
  return { position, eventsRead: position - start }
}
