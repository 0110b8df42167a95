import type { RecordedEvent } from './event-data.js'

/**
 * A read model as a pure fold over the global log: its initial value and how one recorded event
 * changes it. `eventTypes`, when given, lets runners skip other events without calling `evolve`.
 */
export type Projection<ReadModel> = {
  readonly name: string
  readonly initialState: () => ReadModel
  readonly evolve: (readModel: ReadModel, event: RecordedEvent) => ReadModel
  readonly eventTypes?: readonly string[]
}

/** A read model with the global position of the last event applied to it (0: none yet). */
export type ProjectionSnapshot<ReadModel> = { readModel: ReadModel; checkpoint: number }

/**
 * Where a projection keeps its read model and checkpoint; `save` stores both atomically, so a
 * crash never leaves a read model that disagrees with its checkpoint.
 */
export interface ProjectionStorage<ReadModel> {
  load(): Promise<ProjectionSnapshot<ReadModel> | undefined>
  save(snapshot: ProjectionSnapshot<ReadModel>): Promise<void>
}
