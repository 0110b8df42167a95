import type { Projection, ProjectionStorage } from '../projection.js'
import type { EventSource } from './event-source.js'
import type { TableRows } from './read-model.js'
import type { ReadModelStorage } from './read-model-storage.js'
import type { RowProjection } from './row-projection.js'

/**
 * A store's half of the read side: where the engine reads the log and where it keeps read models.
 * Each store adapter exports one (`sqliteReadSide(store)`, `postgresReadSide(store)`); the kernel's
 * `inMemoryReadSide(store)` keeps read models in process memory and reads the store's `readAll`.
 */
export type ReadSide = {
  /**
   * Where the read models live, for an operator to read at start-up
   * (`sqlite:./data/wenming.db`, `postgres://host/db`, `memory`).
   */
  readonly description: string
  /** Windows of the global log, optionally type-filtered and lean. */
  readonly source: EventSource
  /** Storage for a row read model: its rows and its checkpoint, committed together. */
  storageFor<Rows extends TableRows>(projection: RowProjection<Rows>): ReadModelStorage<Rows>
  /**
   * Storage for a whole-model fold (a report): the model and its checkpoint, saved together. A
   * store may keep the model as JSON text: give it plain JSON data (no Map, Set or Date).
   */
  foldStorageFor<ReadModel>(projection: Projection<ReadModel>): ProjectionStorage<ReadModel>
  /** Releases what the read side opened (workers, connections); the event store stays open. */
  close(): Promise<void>
}

/** Where a read side keeps its read models, whatever log it reads: a {@link ReadSide} without a source. */
export type ReadModelStore = Omit<ReadSide, 'source'>
