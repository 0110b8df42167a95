import type { LeanEvent, RecordedEvent } from './event-data.js'

type ProjectionShape<ReadModel> = {
  readonly name: string
  readonly initialState: () => ReadModel
  /** When given, runners skip other event types without calling `evolve`. */
  readonly eventTypes?: readonly string[]
}

/** A fold whose `evolve` reads only an event's type, data and position: runners hand it lean events. */
export type LeanProjection<ReadModel> = ProjectionShape<ReadModel> & {
  readonly leanEvents: true
  readonly evolve: (readModel: ReadModel, event: LeanEvent) => ReadModel
}

/** A fold that reads whole recorded events. */
export type WholeProjection<ReadModel> = ProjectionShape<ReadModel> & {
  readonly leanEvents?: false
  readonly evolve: (readModel: ReadModel, event: RecordedEvent) => ReadModel
}

/**
 * A read model as a pure fold over the global log: its initial value and how one recorded event
 * changes it. Lean or whole by its type: declare a lean one with {@link leanProjection}.
 */
export type Projection<ReadModel> = LeanProjection<ReadModel> | WholeProjection<ReadModel>

/**
 * Declares a {@link LeanProjection}: the compiler checks that `evolve` reads nothing but an
 * event's type, data and position.
 *
 * @example
 * const ordersPlaced = leanProjection({
 *   name: 'orders-placed',
 *   initialState: () => 0,
 *   evolve: (count, event) => (event.type === 'RequestOrderPlaced' ? count + 1 : count),
 * })
 */
export const leanProjection = <ReadModel>(
  projection: Omit<LeanProjection<ReadModel>, 'leanEvents'>,
): LeanProjection<ReadModel> => ({ ...projection, leanEvents: true })

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
