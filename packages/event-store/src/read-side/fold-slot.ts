import type { LeanEvent, RecordedEvent } from '../event-data.js'
import type { Projection, ProjectionStorage } from '../projection.js'
import type { FreshSlotRun, ProjectionSlot, SlotRun } from './projection-slot.js'

/** A run on `storage`, or, without storage, an in-memory run that commits nothing (a rebuild's). */
const startRun = <ReadModel>(
  projection: Projection<ReadModel>,
  storage: ProjectionStorage<ReadModel> | undefined,
  initial: ReadModel,
  from: number,
): SlotRun => {
  const handles = projection.eventTypes ? new Set(projection.eventTypes) : undefined
  let readModel = initial
  let checkpoint = from
  let committed = from
  return {
    name: projection.name,
    checkpoint: () => checkpoint,
    readModel: () => readModel,
    eventTypes: handles,
    leanEvents: projection.leanEvents === true,
    advance: (position: number) => {
      if (position > checkpoint) checkpoint = position
    },
    apply: (event: LeanEvent) => {
      if (handles === undefined || handles.has(event.type)) {
        // A pass reads lean events only when every run declared `leanEvents`; otherwise whole ones.
        readModel = projection.evolve(readModel, event as RecordedEvent)
      }
      checkpoint = event.position
    },
    commit: async () => {
      if (storage === undefined || checkpoint === committed) return
      await storage.save({ readModel, checkpoint })
      committed = checkpoint
    },
  }
}

/**
 * Binds a kernel {@link Projection} (a whole-model fold, such as a report) to its storage for the
 * runner; a rebuild folds in memory and swaps in with one `save` of model and checkpoint.
 */
export const foldSlot = <ReadModel>(
  projection: Projection<ReadModel>,
  storage: ProjectionStorage<ReadModel>,
): ProjectionSlot => ({
  name: projection.name,
  open: async () => {
    const loaded = await storage.load()
    const readModel = loaded?.readModel ?? projection.initialState()
    return startRun(projection, storage, readModel, loaded?.checkpoint ?? 0)
  },
  openFresh: () => {
    const run = startRun(projection, undefined, projection.initialState(), 0)
    const freshRun: FreshSlotRun = {
      ...run,
      promote: async () => {
        const readModel = run.readModel() as ReadModel
        const checkpoint = run.checkpoint()
        await storage.save({ readModel, checkpoint })
        return startRun(projection, storage, readModel, checkpoint)
      },
      discard: () => Promise.resolve(),
    }
    return Promise.resolve(freshRun)
  },
})
