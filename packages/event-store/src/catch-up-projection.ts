import type { EventStore } from './event-store.js'
import type { Projection, ProjectionSnapshot, ProjectionStorage } from './projection.js'

/** Progress of a catch-up, reported after each batch. */
export type CatchUpProgress = {
  projection: string
  /** Global position of the last event applied. */
  checkpoint: number
  /** Events read in this run so far. */
  eventsRead: number
  elapsedMs: number
}

export type CatchUpOptions<ReadModel> = {
  store: EventStore
  projection: Projection<ReadModel>
  storage: ProjectionStorage<ReadModel>
  /** Events per read and per checkpoint save (default 1,000). */
  batchSize?: number
  /** Stop after this global position (default: the end of the log when each batch is read). */
  untilPosition?: number
  onProgress?: (progress: CatchUpProgress) => void
  signal?: AbortSignal
  now?: () => number
}

/**
 * Brings a projection up to date: reads the log from its stored checkpoint, applies events in
 * position order, and saves read model and checkpoint together after each batch, so a crash
 * resumes where the last save left off without applying any event twice.
 *
 * @example
 * const { readModel } = await catchUpProjection({ store, projection: orderBoard, storage })
 */
export const catchUpProjection = async <ReadModel>(
  options: CatchUpOptions<ReadModel>,
): Promise<ProjectionSnapshot<ReadModel> & { eventsRead: number }> => {
  const { store, projection, storage, signal } = options
  const batchSize = options.batchSize ?? 1000
  const until = options.untilPosition ?? Infinity
  const now = options.now ?? Date.now
  const handles = projection.eventTypes ? new Set(projection.eventTypes) : undefined
  const started = now()

  const loaded = await storage.load()
  let readModel = loaded?.readModel ?? projection.initialState()
  let checkpoint = loaded?.checkpoint ?? 0
  let eventsRead = 0

  while (checkpoint < until) {
    signal?.throwIfAborted()
    let read = 0
    for await (const event of store.readAll({
      fromPosition: checkpoint + 1,
      maxCount: batchSize,
    })) {
      if (event.position > until) break
      if (handles === undefined || handles.has(event.type)) {
        readModel = projection.evolve(readModel, event)
      }
      checkpoint = event.position
      read++
    }
    if (read === 0) break
    eventsRead += read
    await storage.save({ readModel, checkpoint })
    options.onProgress?.({
      projection: projection.name,
      checkpoint,
      eventsRead,
      elapsedMs: now() - started,
    })
    if (read < batchSize) break
  }
  return { readModel, checkpoint, eventsRead }
}
