import type { LeanEvent, RecordedEvent } from './event-data.js'

/**
 * A read model as a pure fold over the global log: its initial value and how one recorded event
 * changes it. `eventTypes`, when given, lets runners skip other events without calling `evolve`.
 */
export type Projection<ReadModel> = {
  readonly name: string
  readonly initialState: () => ReadModel
  readonly evolve: (readModel: ReadModel, event: RecordedEvent) => ReadModel
  readonly eventTypes?: readonly string[]
  /**
   * True when `evolve` reads only an event's type, data and position (a {@link LeanEvent}): a
   * runner may then hand it lean events, which a store decodes in about 60 % of the time. Declare it
   * with {@link leanProjection}, which checks that `evolve` reads nothing else.
   */
  readonly leanEvents?: boolean
}

/**
 * A {@link Projection} whose `evolve` reads only type, data and position, typed so: runners that
 * know `leanEvents` read less of each stored event for it; any other runner hands it whole events.
 *
 * @example
 * const ordersPlaced = leanProjection({
 *   name: 'orders-placed',
 *   initialState: () => 0,
 *   evolve: (count, event) => (event.type === 'RequestOrderPlaced' ? count + 1 : count),
 * })
 */
export const leanProjection = <ReadModel>(projection: {
  readonly name: string
  readonly initialState: () => ReadModel
  readonly evolve: (readModel: ReadModel, event: LeanEvent) => ReadModel
  readonly eventTypes?: readonly string[]
}): Projection<ReadModel> => ({ ...projection, leanEvents: true })

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
