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
  /**
   * Present when this storage can commit in one transaction with others (storages on one SQLite
   * connection): a pass then commits each batch of all its runs at once, not once per projection.
   */
  readonly joint?: JointCommit<Rows>
}

/** How a storage joins the one commit of its {@link CommitGroup}. */
export type JointCommit<Rows extends TableRows> = {
  /** Storages that return the same group commit together. */
  readonly group: CommitGroup
  /**
   * The synchronous write of `changes` and `checkpoint`, to be run only inside the group's
   * `commit`, which makes it atomic with the other writes of that commit.
   */
  stage(changes: Iterable<RowChange<Rows>>, checkpoint: number): () => void
}

/** Commits the staged writes of several storages atomically: all of them or none. */
export type CommitGroup = {
  commit(writes: readonly (() => void)[]): Promise<void>
}
