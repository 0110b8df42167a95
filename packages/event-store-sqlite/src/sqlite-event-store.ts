import {
  createPersonalDataCodec,
  definePersonalDataEpoch,
  type AppendResult,
  type EventStore,
  type PersonalDataOptions,
  type PersonalDataStore,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
} from '@wenming/event-store'
import {
  startBackgroundCheckpointer,
  type BackgroundCheckpointer,
} from './background-checkpointer.js'
import { batchedEvents } from './batched-events.js'
import { createEventWindowReader, type EventWindowReader } from './event-window-reader.js'
import { readAllAhead } from './read-all-ahead.js'
import { createAppendCommitter, type AppendJob } from './commit-appends.js'
import { createGroupCommit } from './group-commit.js'
import { batchJsonSql, decodeEventBatch, EVENT_JSON_SQL } from './event-json.js'
import { openDatabase, type SqliteDurability } from './open-database.js'
import { registerDatabase } from './sqlite-database-of.js'
import { attachKeyStore, defaultKeysPath } from './sqlite-key-store.js'
import { decodeAtOnce, type DecodeAtOnce } from './decode-at-once.js'
import { SqliteStoreClosedError } from './sqlite-store-errors.js'
import { toSqliteStoreError } from './to-sqlite-store-error.js'

export type SqliteEventStoreOptions = {
  /** The database file (created if missing), or `':memory:'` for tests. */
  path: string
  /** `'full'` (default): fsync at each commit; `'normal'`: survives a process crash, not power loss. */
  durability?: SqliteDurability
  /**
   * How long a write waits for a lock held by another connection or process (default 5,000 ms),
   * then fails with a locked error. It waits on a timer (tries every 20 ms), not by blocking the
   * event loop; only opening the file waits on the thread.
   */
  busyTimeoutMs?: number
  /**
   * Who copies the WAL into the database file: `'inline'`, the writing connection every 1,000
   * pages (SQLite's autocheckpoint, a stall of the event loop each time), or `'background'`,
   * a worker thread with its own connection every 50 ms, started by the first append (the writer
   * keeps an autocheckpoint at 10,000 pages as a backstop). Files only; durability is the same.
   * Default: `'background'` with durability `'normal'`, `'inline'` with `'full'` (see README).
   */
  checkpoints?: 'inline' | 'background'
  /**
   * A `readAll` of at least this many events on a file runs its batch queries on a worker thread,
   * one batch ahead of the caller (default 50,000; `Infinity`: never). Shorter reads stay on this
   * thread, where starting a worker would cost more than it saves.
   */
  readAheadFrom?: number
  /**
   * Called after each group commit with how many appends it carried (one transaction, one fsync):
   * for metrics (`createApiMetrics().onGroupCommit`). It runs on the write path: keep it cheap.
   */
  onGroupCommit?: (size: number) => void
  /**
   * Seal the policy's personal fields, each person's under their own key, in a key file beside
   * the log (`keysPath`, default `<path>.keys`), so `erasePersonalData` can erase a person. Reads
   * open them; an erased person's fields, or all of them when the key file is lost, read as
   * `[erased]`. Without it, events are stored as given.
   */
  personalData?: PersonalDataOptions & { keysPath?: string }
}

const BACKGROUND_CHECKPOINT_MS = 50
const DEFAULT_READ_AHEAD_FROM = 50_000
const BACKSTOP_CHECKPOINT_PAGES = 10_000

/**
 * With `synchronous = NORMAL` a checkpoint's two fsyncs are the only ones the writer would wait
 * for: a worker takes them off it, and sequential commands run faster. With FULL each commit
 * fsyncs the WAL anyway, and with a worker copying while the writer commits, SQLite never starts
 * the WAL over: it grows to the 10,000-page backstop, and a commit that extends the file fsyncs
 * slower, so inline wins (measured: tools/bench/README.md, "Checkpoints").
 */
const defaultCheckpoints = (durability: SqliteDurability): 'inline' | 'background' =>
  durability === 'normal' ? 'background' : 'inline'

/**
 * The SQLite event store: the kernel's port. Its read side (read models in the same file) comes
 * from `sqliteReadSide(store)`; the connection itself is not public.
 */
export type SqliteEventStore = EventStore &
  Partial<PersonalDataStore> & {
    /** The database file, or `':memory:'`. */
    readonly path: string
    /** The key file attached, when the store seals personal fields. */
    readonly keysPath: string | undefined
  }

const READ_BATCH = 1024

/**
 * An event store in one SQLite file (better-sqlite3, WAL): appends are group-committed, so
 * concurrent appends share one transaction and one fsync, each with its own outcome.
 *
 * @example
 * const store = createSqliteEventStore({ path: 'wenming.db' })
 * await store.appendToStream('order-1', [{ type: 'OrderPlaced', data: { orderId: '1' } }])
 */
export const createSqliteEventStore = (options: SqliteEventStoreOptions): SqliteEventStore => {
  const { path } = options
  const durability = options.durability ?? 'full'
  const database = openDatabase({
    path,
    durability,
    busyTimeoutMs: options.busyTimeoutMs ?? 5000,
  })
  const keysPath =
    options.personalData === undefined
      ? undefined
      : (options.personalData.keysPath ?? defaultKeysPath(path))
  const codec =
    options.personalData === undefined || keysPath === undefined
      ? undefined
      : createPersonalDataCodec({
          policy: options.personalData.policy,
          keys: attachKeyStore(database, keysPath, durability),
          ...(options.personalData.cacheSize === undefined
            ? {}
            : { cacheSize: options.personalData.cacheSize }),
        })
  const decode: DecodeAtOnce = decodeAtOnce(codec)
  // A whole batch uses a literal LIMIT: SQLite runs it faster than a bound one (tools/bench/README.md,
  // "Literal LIMIT"), and every command reads its stream first.
  const prepareBatch = (rows: string) =>
    database.prepare(batchJsonSql(EVENT_JSON_SQL, rows)).pluck()
  const streamSql = 'FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision LIMIT'
  const readStreamBatch = prepareBatch(`${streamSql} ${READ_BATCH}`)
  const readStreamEvents = prepareBatch(`${streamSql} ?`)
  const allSql = 'FROM events WHERE position >= ? AND position <= ? ORDER BY position LIMIT'
  const readAllBatch = prepareBatch(`${allSql} ${READ_BATCH}`)
  const readAllEvents = prepareBatch(`${allSql} ?`)
  const lastPosition = database.prepare('SELECT MAX(position) FROM events').pluck()
  const checkpointsInBackground =
    (options.checkpoints ?? defaultCheckpoints(durability)) === 'background' && path !== ':memory:'
  let checkpointer: BackgroundCheckpointer | undefined
  /** A store that only reads never writes the WAL, so it starts no thread. */
  const startCheckpointerOnce = (): void => {
    if (!checkpointsInBackground || checkpointer !== undefined || !database.open) return
    checkpointer = startBackgroundCheckpointer(path, {
      intervalMs: BACKGROUND_CHECKPOINT_MS,
      busyTimeoutMs: options.busyTimeoutMs ?? 5000,
    })
    database.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`)
  }
  const commitAppends = createAppendCommitter(database, path, {
    deadlineMs: options.busyTimeoutMs ?? 5000,
  })
  const { onGroupCommit } = options
  const commits = createGroupCommit<AppendJob, AppendResult>(
    onGroupCommit === undefined
      ? commitAppends
      : (batch) => {
          const later = commitAppends(batch)
          // Jobs put back to wait for the lock are counted with the commit that carries them.
          const committed = batch.length - (later?.retry.length ?? 0)
          if (committed > 0) onGroupCommit(committed)
          return later
        },
  )
  let closing: Promise<void> | undefined

  const closedError = (): SqliteStoreClosedError =>
    new SqliteStoreClosedError(`The event store '${path}' is closed`)

  const query = <T>(run: () => T): T => {
    if (!database.open) throw closedError()
    try {
      return run()
    } catch (error) {
      throw toSqliteStoreError(error, path)
    }
  }

  const readStream = (
    streamName: string,
    readOptions?: ReadStreamOptions,
  ): AsyncIterable<RecordedEvent> =>
    batchedEvents({
      fetch: (from, limit) =>
        query(() =>
          decode(
            decodeEventBatch(
              (limit === READ_BATCH
                ? readStreamBatch.get(streamName, from)
                : readStreamEvents.get(streamName, from, limit)) as string | null,
              'revision',
            ),
          ),
        ),
      from: Math.max(0, readOptions?.fromRevision ?? 0),
      maxCount: readOptions?.maxCount ?? Infinity,
      batchSize: READ_BATCH,
      cursor: 'revision',
    })

  const readAheadFrom = options.readAheadFrom ?? DEFAULT_READ_AHEAD_FROM
  const readsAhead = new Set<{ close(): Promise<void> }>()
  let windowReader: EventWindowReader | undefined

  const readAll = (readOptions?: ReadAllOptions): AsyncIterable<RecordedEvent> => {
    const from = Math.max(1, readOptions?.fromPosition ?? 1)
    const maxCount = readOptions?.maxCount ?? Infinity
    const inThread = readAllInThread(from, maxCount)
    if (path === ':memory:' || !Number.isFinite(readAheadFrom)) return inThread
    return {
      [Symbol.asyncIterator]: () => {
        const until = query(() => (lastPosition.get() as number | null) ?? 0)
        if (Math.min(until - from + 1, maxCount) < readAheadFrom || closing !== undefined) {
          return inThread[Symbol.asyncIterator]()
        }
        const iterator = readAllAhead({
          path,
          from,
          until,
          maxCount,
          windowSize: READ_BATCH,
          inThread: (windowReader ??= createEventWindowReader(database)),
          decode,
          onClosed: () => readsAhead.delete(iterator),
        })
        readsAhead.add(iterator)
        return iterator
      },
    }
  }

  const readAllInThread = (from: number, maxCount: number): AsyncIterable<RecordedEvent> => {
    // The end is fixed when reading starts, so a log that keeps growing is still read to an end.
    let until: number | undefined
    return batchedEvents({
      fetch: (from, limit) =>
        query(() => {
          until ??= (lastPosition.get() as number | null) ?? 0
          return decode(
            decodeEventBatch(
              (limit === READ_BATCH
                ? readAllBatch.get(from, until)
                : readAllEvents.get(from, until, limit)) as string | null,
              'position',
            ),
          )
        }),
      from,
      maxCount,
      batchSize: READ_BATCH,
      cursor: 'position',
    })
  }

  const store: SqliteEventStore = {
    path,
    keysPath,
    appendToStream: (streamName, events, appendOptions) => {
      if (closing !== undefined) return Promise.reject(closedError())
      startCheckpointerOnce()
      const sealed = codec === undefined ? events : query(() => codec.encode(events))
      if (sealed instanceof Promise) throw new TypeError('The SQLite key store answers at once')
      return commits.submit({
        streamName,
        events: sealed,
        expectedRevision: appendOptions?.expectedRevision ?? 'any',
      })
    },
    readStream,
    readAll,
    close: () =>
      (closing ??= commits
        .drain()
        .then(() => Promise.all([...readsAhead].map((reader) => reader.close())))
        .then(() => checkpointer?.stop())
        .then(() => {
          if (database.open) database.close()
        })),
  }
  if (codec !== undefined) {
    let erasures = 0
    store.erasePersonalData = (subject) => {
      if (closing !== undefined) return Promise.reject(closedError())
      return query(() => codec.forget(subject)).then((deleted) => {
        erasures += 1
        return deleted
      })
    }
    definePersonalDataEpoch(store, () => erasures)
  }
  return registerDatabase(store, database, decode)
}
