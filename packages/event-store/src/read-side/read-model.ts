/** The row type of each table of a read model, by table name (`{ orders: OrderRow }`). */
export type TableRows = Record<string, unknown>

/** A read model: one map of rows per table, keyed by row id; rows are plain JSON data. */
export type ReadModel<Rows extends TableRows> = {
  readonly [Table in keyof Rows]: ReadonlyMap<string, Rows[Table]>
}

/** One write to a read model: put `row` under `key` in `table`, or delete the key when `row` is undefined. */
export type RowChange<Rows extends TableRows> = {
  [Table in keyof Rows & string]: {
    readonly table: Table
    readonly key: string
    readonly row: Rows[Table] | undefined
  }
}[keyof Rows & string]
