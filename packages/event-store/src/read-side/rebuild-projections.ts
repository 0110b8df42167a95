import type { EventStore } from '../event-store.js'
import type { EventSource } from './event-source.js'
import { logAccess } from './last-position.js'
import { progressMeter, type ProjectionProgress } from './projection-progress.js'
import type { FreshSlotRun, ProjectionSlot } from './projection-slot.js'
import { runPass } from './run-pass.js'

export type RebuildProjectionsOptions = {
  store: EventStore
  slots: readonly ProjectionSlot[]
  /** Where to read the log (default: the store's `readAll`; for SQLite, `sqliteEventSource`). */
  source?: EventSource
  /** Log positions per read and per progress report (default 20,000). */
  batchSize?: number
  /** The store's last global position (default: the source's, else read the log to its end). */
  lastPosition?: () => Promise<number>
  onProgress?: (progress: ProjectionProgress) => void
  signal?: AbortSignal
  now?: () => number
}

/**
 * Rebuilds each slot from position 0 into fresh storage and swaps it in, like a runner's `rebuild`,
 * but never loads the read models it replaces: for an offline rebuild (a command line, a
 * benchmark) that serves nothing meanwhile, so the old models cost neither time nor memory.
 *
 * @example
 * await rebuildProjections({ store, slots: liveReadModelSlots(storageFor), source })
 */
export const rebuildProjections = async (
  options: RebuildProjectionsOptions,
): Promise<{ position: number; eventsRead: number }> => {
  const { slots } = options
  const now = options.now ?? (() => performance.now())
  const { source, lastPosition } = logAccess(options)
  const forks: FreshSlotRun[] = []
  try {
    for (const slot of slots) forks.push(await slot.openFresh())
    const target = await lastPosition()
    const meter = progressMeter(
      slots.map((slot) => slot.name),
      0,
      target,
      now,
    )
    const { onProgress, signal } = options
    const first = await runPass(source, forks, {
      batchSize: options.batchSize ?? 20_000,
      now,
      untilPosition: target,
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onBatch: (p, n) => onProgress(meter(p, n)) } : {}),
    })
    // Events appended during the first pass.
    const tail = await runPass(source, forks, { batchSize: options.batchSize ?? 20_000 })
    for (const fork of forks) await fork.promote()
    return { position: tail.position, eventsRead: first.eventsRead + tail.eventsRead }
  } catch (error) {
    for (const fork of forks) await fork.discard()
    throw error
  }
}
