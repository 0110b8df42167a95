import type { LeanEvent, RecordedEvent } from '../event-data.js'
import type { ReadModel, RowChange, TableRows } from './read-model.js'

type RowProjectionShape<Rows extends TableRows> = {
  readonly name: string
  readonly tables: readonly (keyof Rows & string)[]
  /** When given, other event types are skipped without calling `changes`. */
  readonly eventTypes?: readonly string[]
}

/**
 * A row projection whose `changes` reads only an event's type, data and position, typed so:
 * runners hand it lean events, which a store can decode for less (see the bench README).
 */
export type LeanRowProjection<Rows extends TableRows> = RowProjectionShape<Rows> & {
  readonly leanEvents: true
  readonly changes: (readModel: ReadModel<Rows>, event: LeanEvent) => readonly RowChange<Rows>[]
}

/** A row projection that reads whole recorded events (stream, revision, metadata, time). */
export type WholeRowProjection<Rows extends TableRows> = RowProjectionShape<Rows> & {
  readonly leanEvents?: false
  readonly changes: (readModel: ReadModel<Rows>, event: RecordedEvent) => readonly RowChange<Rows>[]
}

/**
 * A live read model as a pure function of the log: for each recorded event, the row writes it
 * causes given the read model before it. No clock and no I/O: ages are computed at query time.
 * Lean or whole by its type: declare a lean one with {@link leanRowProjection}.
 */
export type RowProjection<Rows extends TableRows> =
  LeanRowProjection<Rows> | WholeRowProjection<Rows>

/**
 * Declares a {@link LeanRowProjection}: the compiler checks that `changes` reads nothing but an
 * event's type, data and position.
 *
 * @example
 * const placed = leanRowProjection<{ orders: { at: number } }>({
 *   name: 'placed',
 *   tables: ['orders'],
 *   changes: (_model, event) => [{ table: 'orders', key: String(event.position), row: { at: event.position } }],
 * })
 */
export const leanRowProjection = <Rows extends TableRows>(
  projection: Omit<LeanRowProjection<Rows>, 'leanEvents'>,
): LeanRowProjection<Rows> => ({ ...projection, leanEvents: true })

/** The read model before any event: one empty map per table. */
export const emptyReadModel = <Rows extends TableRows>(
  projection: Pick<RowProjection<Rows>, 'tables'>,
): ReadModel<Rows> =>
  Object.fromEntries(
    projection.tables.map((table) => [table, new Map()]),
  ) as unknown as ReadModel<Rows>
