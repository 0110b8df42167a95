import type { Database } from 'better-sqlite3'

/** Projection checkpoints in the event store's database, read and written synchronously. */
export type SqliteCheckpointStore = {
  /** The global position a projection has applied up to, or `undefined` if it never saved. */
  load(name: string): number | undefined
  save(name: string, position: number): void
}

/**
 * A checkpoint store on the `projection_checkpoints` table; call `save` inside the same
 * `database.transaction(...)` that writes the read model, so both commit or neither does.
 *
 * @example
 * const checkpoints = createSqliteCheckpointStore(store.database)
 * store.database.transaction(() => { writeReadModel(); checkpoints.save('board', 42) })()
 */
export const createSqliteCheckpointStore = (database: Database): SqliteCheckpointStore => {
  database.exec(
    'CREATE TABLE IF NOT EXISTS projection_checkpoints ' +
      '(name TEXT PRIMARY KEY, position INTEGER NOT NULL) STRICT',
  )
  const select = database
    .prepare('SELECT position FROM projection_checkpoints WHERE name = ?')
    .pluck()
  const upsert = database.prepare(
    'INSERT INTO projection_checkpoints (name, position) VALUES (?, ?) ' +
      'ON CONFLICT (name) DO UPDATE SET position = excluded.position',
  )
  return {
    load: (name) => select.get(name) as number | undefined,
    save: (name, position) => {
      if (!Number.isSafeInteger(position) || position < 0) {
        throw new RangeError(`A checkpoint is a non-negative integer position, got ${position}`)
      }
      upsert.run(name, position)
    },
  }
}
