import type { ReadModel, RowChange, TableRows } from './read-model.js'

/** Writes `changes` into the maps of `readModel`, which the caller owns (nobody else holds them). */
export const applyChanges = <Rows extends TableRows>(
  readModel: ReadModel<Rows>,
  changes: Iterable<RowChange<Rows>>,
): void => {
  for (const change of changes) {
    const table = readModel[change.table] as Map<string, unknown>
    if (change.row === undefined) table.delete(change.key)
    else table.set(change.key, change.row)
  }
}

/** A copy of `readModel` whose maps can be written without touching the original's. */
export const copyReadModel = <Rows extends TableRows>(
  readModel: ReadModel<Rows>,
): ReadModel<Rows> =>
  Object.fromEntries(
    Object.entries(readModel).map(([table, rows]) => [
      table,
      new Map(rows as Map<string, unknown>),
    ]),
  ) as unknown as ReadModel<Rows>
