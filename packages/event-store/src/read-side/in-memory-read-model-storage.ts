import { applyChanges, copyReadModel } from './apply-changes.js'
import type { TableRows } from './read-model.js'
import type { ReadModelStorage, StoredReadModel } from './read-model-storage.js'
import { emptyReadModel, type RowProjection } from './row-projection.js'

/**
 * Read-model storage in process memory with the commit semantics of SQLite's: it keeps its own
 * copy of the maps (rows are immutable and shared), so changes a runner applied but did not
 * commit never show in what a restart loads.
 */
export const createInMemoryReadModelStorage = <Rows extends TableRows>(
  projection: RowProjection<Rows>,
): ReadModelStorage<Rows> & { current(): StoredReadModel<Rows> | undefined } => {
  let stored: StoredReadModel<Rows> | undefined
  return {
    load: () =>
      Promise.resolve(
        stored && { readModel: copyReadModel(stored.readModel), checkpoint: stored.checkpoint },
      ),
    commit: (changes, checkpoint) => {
      const readModel = stored?.readModel ?? emptyReadModel(projection)
      applyChanges(readModel, changes)
      stored = { readModel, checkpoint }
      return Promise.resolve()
    },
    replace: ({ readModel, checkpoint }) => {
      stored = { readModel: copyReadModel(readModel), checkpoint }
      return Promise.resolve()
    },
    current: () => stored,
  }
}
