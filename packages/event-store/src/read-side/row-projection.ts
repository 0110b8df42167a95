import type { RecordedEvent } from '../event-data.js'
import type { ReadModel, RowChange, TableRows } from './read-model.js'

/**
 * A live read model as a pure function of the log: for each recorded event, the row writes it
 * causes given the read model before it. No clock and no I/O: ages are computed at query time.
 */
export type RowProjection<Rows extends TableRows> = {
  readonly name: string
  readonly tables: readonly (keyof Rows & string)[]
  /** When given, other event types are skipped without calling `changes`. */
  readonly eventTypes?: readonly string[]
  readonly changes: (readModel: ReadModel<Rows>, event: RecordedEvent) => readonly RowChange<Rows>[]
  /**
   * True when `changes` reads only an event's type, data and position: runners then hand it lean
   * events, which the SQLite store decodes in about 60 % of the time. Type `changes` as taking a
   * `LeanEvent` so the compiler checks it (as the four live read models do).
   */
  readonly leanEvents?: boolean
}

/** The read model before any event: one empty map per table. */
export const emptyReadModel = <Rows extends TableRows>(
  projection: Pick<RowProjection<Rows>, 'tables'>,
): ReadModel<Rows> =>
  Object.fromEntries(
    projection.tables.map((table) => [table, new Map()]),
  ) as unknown as ReadModel<Rows>
