import type { Database } from 'better-sqlite3'
import { newDataKey, type DataKeyStore } from '@wenming/event-store'
import type { SqliteDurability } from './open-database.js'

/** The schema name the key file is attached under. */
export const KEYS_SCHEMA = 'wenming_keys'

/** A key store that answers at once: reads of a SQLite log decode without waiting. */
export type SqliteKeyStore = DataKeyStore & {
  read(subjects: readonly string[]): Map<string, Uint8Array>
  readOrCreate(subjects: readonly string[]): Map<string, Uint8Array>
  delete(subject: string): boolean
}

/** Where a log's keys live unless told otherwise: `<path>.keys`, or memory for a memory log. */
export const defaultKeysPath = (path: string): string =>
  path === ':memory:' ? ':memory:' : `${path}.keys`

/**
 * Attaches the key file (created if missing) to the log's connection and keeps the data keys in
 * its `data_keys` table: a file of its own, so a backup of the log carries no key, and the keys are
 * backed up (and their backups expired) by their own rule. WAL, synced as the log is
 * (`durability`): a key is as durable as the log before any event sealed under it is committed, at
 * one sync per new key (a rollback journal took several, which a burst of new people felt);
 * `secure_delete` overwrites a deleted key, and the WAL is checkpointed and truncated right after
 * a deletion, so no copy of the key is left in it.
 */
export const attachKeyStore = (
  database: Database,
  keysPath: string,
  durability: SqliteDurability,
): SqliteKeyStore => {
  database.prepare(`ATTACH DATABASE ? AS ${KEYS_SCHEMA}`).run(keysPath)
  database.pragma(`${KEYS_SCHEMA}.journal_mode = WAL`)
  database.pragma(`${KEYS_SCHEMA}.synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`)
  database.pragma(`${KEYS_SCHEMA}.secure_delete = ON`)
  database.exec(
    `CREATE TABLE IF NOT EXISTS ${KEYS_SCHEMA}.data_keys (
       subject TEXT PRIMARY KEY,
       key BLOB NOT NULL,
       created_at INTEGER NOT NULL
     ) STRICT`,
  )
  const select = database.prepare<[string], { subject: string; key: Buffer }>(
    `SELECT subject, key FROM ${KEYS_SCHEMA}.data_keys WHERE subject = ?`,
  )
  const insert = database.prepare<[string, Buffer, number]>(
    `INSERT OR IGNORE INTO ${KEYS_SCHEMA}.data_keys (subject, key, created_at) VALUES (?, ?, ?)`,
  )
  const remove = database.prepare<[string]>(
    `DELETE FROM ${KEYS_SCHEMA}.data_keys WHERE subject = ?`,
  )
  const read = (subjects: readonly string[]): Map<string, Uint8Array> => {
    const found = new Map<string, Uint8Array>()
    for (const subject of subjects) {
      const row = select.get(subject)
      if (row !== undefined) found.set(subject, row.key)
    }
    return found
  }
  const createMissing = database.transaction((subjects: readonly string[], now: number) => {
    // INSERT OR IGNORE: another process may have made the key first; theirs is the one kept.
    for (const subject of subjects) insert.run(subject, Buffer.from(newDataKey()), now)
  })
  return {
    read,
    readOrCreate: (subjects) => {
      const found = read(subjects)
      const missing = subjects.filter((subject) => !found.has(subject))
      if (missing.length === 0) return found
      createMissing(missing, Date.now())
      return read(subjects)
    },
    delete: (subject) => {
      const deleted = remove.run(subject).changes > 0
      database.pragma(`${KEYS_SCHEMA}.wal_checkpoint(TRUNCATE)`)
      return deleted
    },
  }
}
