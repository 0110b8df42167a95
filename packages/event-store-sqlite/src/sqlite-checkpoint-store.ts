import type { Database } from 'better-sqlite3'
import { commitsWithoutFsync } from './commits-without-fsync.js'

/** Projection checkpoints in the event store's database, read and written synchronously. */
export type SqliteCheckpointStore = {
  /** The global position a projection has applied up to, or `undefined` if it never saved. */
  load(name: string): number | undefined
  save(name: string, position: number): void
  /**
   * Runs `write` (the read model's rows) and saves the checkpoint in one transaction, committed
   * without an fsync of its own: a read model is rebuilt from the log, so a power loss may only
   * take back its last commits (rows and checkpoint together), never an acknowledged append.
   */
  commit(name: string, position: number, write: () => void): void
}

/**
 * A checkpoint store on the `projection_checkpoints` table; call `save` inside the same
 * `database.transaction(...)` that writes the read model, so both commit or neither does, or let
 * `commit` open that transaction.
 *
 * @example
 * const checkpoints = createSqliteCheckpointStore(databaseOf(store))
 * checkpoints.commit('board', 42, () => writeReadModel())
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
  const save = (name: string, position: number): void => {
    if (!Number.isSafeInteger(position) || position < 0) {
      throw new RangeError(`A checkpoint is a non-negative integer position, got ${position}`)
    }
    upsert.run(name, position)
  }
  const commitTogether = database.transaction(
    (name: string, position: number, write: () => void) => {
      write()
      save(name, position)
    },
  )

  const withoutFsync = commitsWithoutFsync(database)

  return {
    load: (name) => select.get(name) as number | undefined,
    save,
    commit: (name, position, write) =>
      withoutFsync(() => commitTogether.immediate(name, position, write)),
  }
}
