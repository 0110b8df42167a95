import type { Database } from 'better-sqlite3'

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

const NORMAL = 1

const synchronous = (database: Database): number =>
  Number(database.pragma('synchronous', { simple: true }))

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

  // In WAL mode, `synchronous = FULL` is `NORMAL` plus an fsync of the WAL after each commit; the
  // WAL is one file, and any later FULL commit (the next append) or checkpoint fsyncs it with every
  // frame written before, so what is durable is always a prefix of the commits. A read-model commit
  // made under NORMAL thus only delays its own durability: an append committed after it is as
  // durable as ever, and a power loss can drop the read-model commit (atomically, rows and
  // checkpoint) only with every later unacknowledged write, after which the runner re-applies those
  // events. A process crash loses no commit at all. A rollback journal needs its syncs against
  // corruption, and the setting cannot change inside a transaction: both keep the store's setting.
  // SQLite runs `PRAGMA synchronous` as it compiles it: a prepared one would reset the setting
  // again whenever SQLite recompiles it, so each is a fresh `pragma` call (some microseconds).
  const wal = String(database.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal'
  const withoutFsync = (work: () => void): void => {
    const level = wal && !database.inTransaction ? synchronous(database) : NORMAL
    if (level <= NORMAL) return work()
    database.pragma(`synchronous = ${NORMAL}`)
    try {
      work()
    } finally {
      database.pragma(`synchronous = ${level}`)
    }
  }

  return {
    load: (name) => select.get(name) as number | undefined,
    save,
    commit: (name, position, write) =>
      withoutFsync(() => commitTogether.immediate(name, position, write)),
  }
}
