import type { EventStore } from '@wenming/event-store'
import { createGroupCommit, type Pending, type RetryLater } from './group-commit.js'
import { databaseOf } from './sqlite-database-of.js'
import { isSqliteStoreLockedError } from './sqlite-store-errors.js'
import { toSqliteStoreError } from './to-sqlite-store-error.js'

/** A request an idempotency key was first used for, and the response it got. */
export type IdempotencyRecord = {
  readonly key: string
  /** A digest of what the request was (method, URL, body, ...): a different one is a reuse. */
  readonly fingerprint: string
  /** The response, serialized by the caller. */
  readonly response: string
  /** When it was recorded, in ms since the epoch (the caller's clock). */
  readonly recordedAt: number
}

/** Idempotency keys kept in the event store's file for a window, surviving restarts. */
export type SqliteIdempotencyStore = {
  /** The record of `key` if it was saved less than the window before `now`. */
  find(key: string, now: number): Promise<IdempotencyRecord | undefined>
  /** Saves a record durably (group-committed with the saves of the same event-loop turn). */
  save(record: IdempotencyRecord): Promise<void>
}

export type SqliteIdempotencyStoreOptions = {
  /** How long a key is kept (default 24 h); older ones are deleted as new ones are saved. */
  windowMs?: number
  /** How long a save waits for a write lock held elsewhere (default 5,000 ms). */
  lockWaitMs?: number
}

const DAY_MS = 24 * 60 * 60 * 1000
const PURGE_EVERY_MS = 60_000
const LOCK_RETRY_MS = 20

/**
 * Idempotency keys in an `idempotency_keys` table of a SQLite store's file (created if missing):
 * one indexed read per lookup, one group-committed write per saved response, expired keys deleted
 * at most once a minute in the same transaction.
 *
 * @example
 * const keys = createSqliteIdempotencyStore(store)
 * await keys.save({ key, fingerprint, response: JSON.stringify(reply), recordedAt: Date.now() })
 */
export const createSqliteIdempotencyStore = (
  store: EventStore,
  options: SqliteIdempotencyStoreOptions = {},
): SqliteIdempotencyStore => {
  const database = databaseOf(store)
  const windowMs = options.windowMs ?? DAY_MS
  const lockWaitMs = options.lockWaitMs ?? 5000
  database.exec(`
    CREATE TABLE IF NOT EXISTS idempotency_keys (
      key TEXT PRIMARY KEY,
      fingerprint TEXT NOT NULL,
      response TEXT NOT NULL,
      recorded_at INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS idempotency_keys_recorded_at ON idempotency_keys (recorded_at);
  `)
  const select = database
    .prepare('SELECT fingerprint, response, recorded_at FROM idempotency_keys WHERE key = ?')
    .raw()
  // A key is written once: a second save of it (a retry racing a restart) keeps the first.
  const insert = database.prepare(
    'INSERT INTO idempotency_keys (key, fingerprint, response, recorded_at) VALUES (?, ?, ?, ?) ' +
      'ON CONFLICT (key) DO NOTHING',
  )
  const purge = database.prepare('DELETE FROM idempotency_keys WHERE recorded_at < ?')
  let lastPurge = -Infinity
  const path = database.name
  const saveBatch = database.transaction((records: readonly IdempotencyRecord[]) => {
    let latest = -Infinity
    for (const r of records) {
      insert.run(r.key, r.fingerprint, r.response, r.recordedAt)
      latest = Math.max(latest, r.recordedAt)
    }
    if (latest - lastPurge >= PURGE_EVERY_MS) {
      purge.run(latest - windowMs)
      lastPurge = latest
    }
  })
  const firstLocked = new WeakMap<object, number>()
  const commits = createGroupCommit<IdempotencyRecord, void>(
    (
      batch: readonly Pending<IdempotencyRecord, void>[],
    ): RetryLater<IdempotencyRecord, void> | void => {
      try {
        saveBatch.immediate(batch.map((pending) => pending.job))
      } catch (error) {
        const failure = toSqliteStoreError(error, path)
        const now = performance.now()
        const retry = batch.filter((pending) => {
          const since = firstLocked.get(pending) ?? now
          firstLocked.set(pending, since)
          const wait = isSqliteStoreLockedError(failure) && now - since < lockWaitMs
          if (!wait) pending.reject(failure)
          return wait
        })
        return { retry, afterMs: LOCK_RETRY_MS }
      }
      for (const pending of batch) pending.resolve()
    },
  )
  return {
    find: (key, now) => {
      try {
        const row = select.get(key) as [string, string, number] | undefined
        if (row === undefined || row[2] < now - windowMs) return Promise.resolve(undefined)
        return Promise.resolve({ key, fingerprint: row[0], response: row[1], recordedAt: row[2] })
      } catch (error) {
        return Promise.reject(toSqliteStoreError(error, path))
      }
    },
    save: (record) => commits.submit(record),
  }
}
