import type { Database } from 'better-sqlite3'

const NORMAL = 1

const synchronous = (database: Database): number =>
  Number(database.pragma('synchronous', { simple: true }))

/**
 * Runs a read-model commit on `database` without an fsync of its own (under `synchronous =
 * NORMAL` for that commit), which is safe for what a log can rebuild (the comment below says why).
 */
export const commitsWithoutFsync = (database: Database): ((work: () => void) => void) => {
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
  return (work: () => void): void => {
    const level = wal && !database.inTransaction ? synchronous(database) : NORMAL
    if (level <= NORMAL) return work()
    database.pragma(`synchronous = ${NORMAL}`)
    try {
      work()
    } finally {
      database.pragma(`synchronous = ${level}`)
    }
  }
}
