import type { ReadModel, RowChange, TableRows } from './read-model.js'

/** A stored read model with the global position of the last event applied to it. */
export type StoredReadModel<Rows extends TableRows> = {
  readModel: ReadModel<Rows>
  checkpoint: number
}

/**
 * Where a row read model lives between runs. `commit` writes the changed rows and the checkpoint
 * atomically; `replace` swaps in a whole rebuilt read model and its checkpoint atomically.
 */
export interface ReadModelStorage<Rows extends TableRows> {
  load(): Promise<StoredReadModel<Rows> | undefined>
  commit(changes: Iterable<RowChange<Rows>>, checkpoint: number): Promise<void>
  replace(snapshot: StoredReadModel<Rows>): Promise<void>
}
