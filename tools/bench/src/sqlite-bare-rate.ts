import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { SqliteDurability } from '@wenming/event-store-sqlite'

/**
 * The machine's own limit for the figures above: single-row transactions per second on bare
 * better-sqlite3 (a 200-byte row into a plain table, BEGIN/INSERT/COMMIT), on a file opened as the
 * store opens one (WAL, the durability's synchronous mode, in the OS temp dir). The ratio of a
 * store figure to this one says how close the store comes whatever the machine's speed (figures
 * seen: tools/bench/README.md).
 */
export const bareTransactionsPerSecond = (
  durability: SqliteDurability,
  transactions: number,
): number => {
  const path = join(tmpdir(), `wenming-bench-sqlite-bare-${process.pid}.db`)
  const remove = (): void => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  }
  remove()
  // Opened as the store opens its file: WAL and the durability's synchronous mode.
  const database = new Database(path)
  try {
    database.pragma('journal_mode = WAL')
    database.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`)
    database.exec('CREATE TABLE bare (id INTEGER PRIMARY KEY, value TEXT NOT NULL)')
    const insert = database.prepare('INSERT INTO bare (value) VALUES (?)')
    const value = 'x'.repeat(200)
    const started = performance.now()
    for (let i = 0; i < transactions; i++) {
      database.exec('BEGIN')
      insert.run(value)
      database.exec('COMMIT')
    }
    return transactions / ((performance.now() - started) / 1000)
  } finally {
    database.close()
    remove()
  }
}
