import type { LeanEvent } from '../event-data.js'
import { applyChanges } from './apply-changes.js'
import type { ReadModel, RowChange, TableRows } from './read-model.js'
import type { ReadModelStorage } from './read-model-storage.js'
import type { FreshSlotRun, ProjectionSlot, SlotRun } from './projection-slot.js'
import { emptyReadModel, type RowProjection } from './row-projection.js'

type Pending<Rows extends TableRows> = Map<string, Map<string, RowChange<Rows>>>

function* flatten<Rows extends TableRows>(pending: Pending<Rows>): Iterable<RowChange<Rows>> {
  for (const rows of pending.values()) yield* rows.values()
}

/** A run on `storage`, or, without storage, an in-memory run that commits nothing (a rebuild's). */
const startRun = <Rows extends TableRows>(
  projection: RowProjection<Rows>,
  storage: ReadModelStorage<Rows> | undefined,
  readModel: ReadModel<Rows>,
  from: number,
): SlotRun => {
  const handles = projection.eventTypes ? new Set(projection.eventTypes) : undefined
  // A pass reads lean events only when every run is lean (`runPass`): a whole projection's run
  // is handed whole recorded events, typed here as the lean part they all share.
  const changesOf = projection.changes as (
    readModel: ReadModel<Rows>,
    event: LeanEvent,
  ) => readonly RowChange<Rows>[]
  const joint = storage?.joint
  let checkpoint = from
  let committed = from
  // Last write per row since the last commit: storage writes each changed row once per batch.
  let pending: Pending<Rows> = new Map()
  // Rows of a commit that failed wait for the next one, under any newer write of the same row:
  // otherwise a later commit would store a checkpoint past rows that were never written.
  const putBack = (older: Pending<Rows>): void => {
    for (const [table, rows] of older) {
      const newer = pending.get(table)
      if (newer === undefined) {
        pending.set(table, rows)
        continue
      }
      for (const [key, change] of rows) if (!newer.has(key)) newer.set(key, change)
    }
  }
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
      checkpoint = event.position
      if (handles !== undefined && !handles.has(event.type)) return
      const changes = changesOf(readModel, event)
      if (changes.length === 0) return
      applyChanges(readModel, changes)
      if (storage === undefined) return
      for (const change of changes) {
        let rows = pending.get(change.table)
        if (rows === undefined)
          pending.set(change.table, (rows = new Map<string, RowChange<Rows>>()))
        rows.set(change.key, change)
      }
    },
    commit: async () => {
      if (storage === undefined || checkpoint === committed) return
      const changes = pending
      pending = new Map()
      try {
        await storage.commit(flatten(changes), checkpoint)
      } catch (error) {
        putBack(changes)
        throw error
      }
      committed = checkpoint
    },
    ...(joint === undefined
      ? {}
      : {
          stage: () => {
            if (checkpoint === committed) return undefined
            const changes = pending
            const reached = checkpoint
            pending = new Map()
            return {
              group: joint.group,
              write: joint.stage(flatten(changes), reached),
              committed: () => {
                committed = reached
              },
              failed: () => putBack(changes),
            }
          },
        }),
  }
}

/**
 * Binds a row projection to its storage for the runner: changes are applied to the live read model
 * at once and written to storage, only the rows changed, with the checkpoint at each commit. A
 * rebuild folds in memory and swaps the whole model into storage with one `replace`.
 */
export const rowSlot = <Rows extends TableRows>(
  projection: RowProjection<Rows>,
  storage: ReadModelStorage<Rows>,
): ProjectionSlot => ({
  name: projection.name,
  open: async () => {
    const loaded = await storage.load()
    const readModel = loaded?.readModel ?? emptyReadModel(projection)
    return startRun(projection, storage, readModel, loaded?.checkpoint ?? 0)
  },
  openFresh: () => {
    const readModel = emptyReadModel(projection)
    const run = startRun(projection, undefined, readModel, 0)
    const fresh: FreshSlotRun = {
      ...run,
      promote: async () => {
        const checkpoint = run.checkpoint()
        await storage.replace({ readModel, checkpoint })
        return startRun(projection, storage, readModel, checkpoint)
      },
      discard: () => Promise.resolve(),
    }
    return Promise.resolve(fresh)
  },
})
