import type { Database } from 'better-sqlite3'
import type {
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
} from '@wenming/event-store'
import { batchedRows, type RawRow } from './batched-rows.js'
import { createAppendCommitter, type AppendJob } from './commit-appends.js'
import { createGroupCommit } from './group-commit.js'
import { openDatabase, type SqliteDurability } from './open-database.js'
import { SqliteStoreClosedError } from './sqlite-store-errors.js'
import { toSqliteStoreError } from './to-sqlite-store-error.js'

export type SqliteEventStoreOptions = {
  /** The database file (created if missing), or `':memory:'` for tests. */
  path: string
  /** `'full'` (default): fsync at each commit; `'normal'`: survives a process crash, not power loss. */
  durability?: SqliteDurability
  /** How long a write waits for a lock held by another connection (default 5,000 ms). */
  busyTimeoutMs?: number
}

/** The SQLite event store, with its connection for read models kept in the same database. */
export type SqliteEventStore = EventStore & { readonly database: Database }

const COLUMNS = 'position, stream_name, revision, id, type, data, metadata, recorded_at'
const READ_BATCH = 2048

const decode = (row: RawRow): RecordedEvent => {
  const data = row[5] as string | null
  const metadata = row[6] as string | null
  return {
    type: row[4] as string,
    data: data === null ? undefined : JSON.parse(data),
    metadata: metadata === null ? {} : (JSON.parse(metadata) as Record<string, unknown>),
    id: row[3] as string,
    streamName: row[1] as string,
    revision: row[2] as number,
    position: row[0] as number,
    recordedAt: new Date(row[7] as number),
  }
}

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
  const database = openDatabase({
    path,
    durability: options.durability ?? 'full',
    busyTimeoutMs: options.busyTimeoutMs ?? 5000,
  })
  // A whole batch uses a literal LIMIT: SQLite runs it about 15 us faster than a bound one, and
  // every command reads its stream first.
  const readStreamSql = `SELECT ${COLUMNS} FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision LIMIT`
  const readStreamBatch = database.prepare(`${readStreamSql} ${READ_BATCH}`).raw()
  const readStreamRows = database.prepare(`${readStreamSql} ?`).raw()
  const readAllSql = `SELECT ${COLUMNS} FROM events WHERE position >= ? AND position <= ? ORDER BY position LIMIT`
  const readAllBatch = database.prepare(`${readAllSql} ${READ_BATCH}`).raw()
  const readAllRows = database.prepare(`${readAllSql} ?`).raw()
  const lastPosition = database.prepare('SELECT MAX(position) FROM events').pluck()
  const commits = createGroupCommit<AppendJob, AppendResult>(createAppendCommitter(database, path))
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
    batchedRows({
      fetch: (from, limit) =>
        query(
          () =>
            (limit === READ_BATCH
              ? readStreamBatch.all(streamName, from)
              : readStreamRows.all(streamName, from, limit)) as RawRow[],
        ),
      from: Math.max(0, readOptions?.fromRevision ?? 0),
      maxCount: readOptions?.maxCount ?? Infinity,
      batchSize: READ_BATCH,
      cursorColumn: 2,
      decode,
    })

  const readAll = (readOptions?: ReadAllOptions): AsyncIterable<RecordedEvent> => {
    // The end is fixed when reading starts, so a log that keeps growing is still read to an end.
    let until: number | undefined
    return batchedRows({
      fetch: (from, limit) =>
        query(() => {
          until ??= (lastPosition.get() as number | null) ?? 0
          return (
            limit === READ_BATCH
              ? readAllBatch.all(from, until)
              : readAllRows.all(from, until, limit)
          ) as RawRow[]
        }),
      from: Math.max(1, readOptions?.fromPosition ?? 1),
      maxCount: readOptions?.maxCount ?? Infinity,
      batchSize: READ_BATCH,
      cursorColumn: 0,
      decode,
    })
  }

  return {
    database,
    appendToStream: (streamName, events, appendOptions) =>
      closing === undefined
        ? commits.submit({
            streamName,
            events,
            expectedRevision: appendOptions?.expectedRevision ?? 'any',
          })
        : Promise.reject(closedError()),
    readStream,
    readAll,
    close: () =>
      (closing ??= commits.drain().then(() => {
        if (database.open) database.close()
      })),
  }
}
