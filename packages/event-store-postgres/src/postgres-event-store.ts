import type pg from 'pg'
import {
  createPersonalDataCodec,
  definePersonalDataEpoch,
  type AppendResult,
  type EventData,
  type EventStore,
  type PersonalDataOptions,
  type PersonalDataStore,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
} from '@wenming/event-store'
import { appendBatch, joinsBatch, type AppendJob } from './append-batch.js'
import { createAppendNotifications } from './append-notifications.js'
import { EVENT_COLUMNS, decodeEvent, type EventRow } from './decode-event.js'
import { migrateSchema, type MigrationResult } from './migrate-schema.js'
import { clientConfig, describeServer, openPool, type PoolOptions } from './open-pool.js'
import { createPostgresKeyStore } from './postgres-key-store.js'
import { PostgresStoreClosedError } from './postgres-store-errors.js'
import { usingClient } from './using-client.js'
import { withRetries } from './with-retries.js'

export type PostgresEventStoreOptions = PoolOptions & {
  /** The district this handle writes (default `'default'`); see {@link PostgresEventStore.inDistrict}. */
  district?: string
  /**
   * Concurrent appends of this process share one call and one transaction (default true): the
   * append lock makes commits one at a time, so batching is how throughput grows. `false`: each
   * append is its own transaction on its own pooled connection.
   */
  groupCommit?: boolean
  /** Create or upgrade the schema on first use (default true); `false`: only check its version. */
  migrate?: boolean
  /**
   * Seal the policy's personal fields under per-person keys kept in the `wenming_keys` schema of
   * the same database (its own backup rule), so `erasePersonalData` can erase a person; reads
   * open them, and an erased person's fields read as `[erased]`.
   */
  personalData?: PersonalDataOptions
}

/** Reads of the log without decoding overhead, for this package's read side. */
export type PostgresLog = {
  readonly pool: pg.Pool
  readonly server: string
  /** Undefined for a national handle: every district. */
  readonly readDistrict: string | undefined
  ready(): Promise<void>
  /** The last position committed (every event up to it is visible to any later query). */
  lastPosition(): Promise<number>
  /** Opens the personal fields of events read from the log (as read when nothing is sealed). */
  open<Event extends { type: string; data: unknown }>(events: Event[]): Promise<Event[]>
}

/** The PostgreSQL event store: the kernel's port, plus districts, migrations and notifications. */
export type PostgresEventStore = EventStore &
  Partial<PersonalDataStore> & {
    /** `host:port/database`, for logs (no password). */
    readonly server: string
    /** The district this handle appends to and reads streams from. */
    readonly district: string
    /**
     * A handle scoped to one district, sharing this store's pool: it appends to the district's
     * partition, and its `readStream` and `readAll` read only that partition. Closing it closes
     * nothing; close the store it came from.
     */
    inDistrict(district: string): PostgresEventStore
    /** Creates or upgrades the schema now; refuses a newer one untouched. */
    migrate(): Promise<MigrationResult>
    /** Calls `listener` with the last position of each append committed from now on (LISTEN/NOTIFY). */
    onAppended(listener: (position: number) => void): () => void
    /** The log, for the read side. */
    readonly log: PostgresLog
  }

const READ_BATCH = 2000
const MAX_BATCH = 500

/**
 * An event store in a PostgreSQL database (pg): a bounded pool, statement and connection
 * timeouts, typed errors naming the server, and a global order no reader can overtake (see the
 * README: positions are assigned and committed one transaction at a time).
 *
 * @example
 * const store = createPostgresEventStore({ connectionString: 'postgres://root@127.0.0.1:5432/test' })
 * await store.appendToStream('order-1', [{ type: 'OrderPlaced', data: { orderId: '1' } }])
 */
export const createPostgresEventStore = (
  options: PostgresEventStoreOptions,
): PostgresEventStore => {
  const server = describeServer(options.connectionString)
  const pool = openPool(options)
  const notifications = createAppendNotifications(clientConfig(options))
  const groupCommit = options.groupCommit ?? true
  let closing: Promise<void> | undefined
  let migrated: Promise<unknown> | undefined
  const districts = new Map<string, Promise<void>>()
  const codec =
    options.personalData === undefined
      ? undefined
      : createPersonalDataCodec({
          policy: options.personalData.policy,
          keys: createPostgresKeyStore(pool, server),
          ...(options.personalData.cacheSize === undefined
            ? {}
            : { cacheSize: options.personalData.cacheSize }),
        })
  const open = async <Event extends { type: string; data: unknown }>(
    events: Event[],
  ): Promise<Event[]> => (codec === undefined ? events : codec.decode(events))

  const closedError = (): PostgresStoreClosedError =>
    new PostgresStoreClosedError(`The event store at ${server} is closed`, server)

  const migrate = (): Promise<MigrationResult> => {
    const running = migrateSchema(pool, server)
    migrated = running
    return running
  }
  const schemaReady = (): Promise<unknown> =>
    (migrated ??=
      options.migrate === false
        ? withRetries(server, () => pool.query('SELECT version FROM wenming_schema'), true)
        : migrate()).catch((error: unknown) => {
      migrated = undefined
      throw error
    })
  const districtReady = (district: string): Promise<void> => {
    let ready = districts.get(district)
    if (ready === undefined) {
      ready = schemaReady()
        .then(() =>
          withRetries(
            server,
            () => pool.query('SELECT wenming_ensure_district($1)', [district]),
            true,
          ),
        )
        .then(() => undefined)
      ready.catch(() => districts.delete(district))
      districts.set(district, ready)
    }
    return ready
  }

  const read = async <Row extends pg.QueryResultRow>(
    sql: string,
    params: unknown[],
  ): Promise<Row[]> => {
    if (closing !== undefined) throw closedError()
    await schemaReady()
    return withRetries(server, async () => (await pool.query<Row>(sql, params)).rows, true)
  }
  /** Runs a read by its `name` (prepared once per connection: its text must never change). */
  const readEvents = async (
    name: string,
    sql: string,
    params: unknown[],
  ): Promise<RecordedEvent[]> => {
    if (closing !== undefined) throw closedError()
    await schemaReady()
    const rows = await withRetries(
      server,
      async () =>
        (await pool.query<EventRow>({ name, text: sql, values: params, rowMode: 'array' })).rows,
      true,
    )
    return open(rows.map(decodeEvent))
  }
  /**
   * The last committed position of the log, or of one district's partition: every event up to it
   * is visible to any later query (commits are one at a time, in position order).
   */
  const lastPosition = async (district?: string): Promise<number> =>
    district === undefined
      ? ((await read<{ last: number }>('SELECT last FROM wenming_positions', []))[0]?.last ?? 0)
      : ((
          await read<{ last: number | null }>(
            'SELECT max(position) AS last FROM wenming_events WHERE district = $1',
            [district],
          )
        )[0]?.last ?? 0)

  // Group commit: appends queued while a batch is in flight go together in the next one.
  let queue: {
    job: AppendJob
    resolve: (r: AppendResult) => void
    reject: (e: unknown) => void
  }[] = []
  let inFlight: Promise<void> | undefined
  // Group commit has one batch in flight at a time: it keeps one connection out of the pool (a
  // checkout per append is slower: tools/bench/README.md, "Kept appender"), dropped when it fails.
  let appender: Promise<pg.PoolClient> | undefined
  /** Drops the kept connection once, whoever notices first (its query, or its idle `error`). */
  const dropKept = (kept: Promise<pg.PoolClient>, client: pg.PoolClient): void => {
    if (appender !== kept) return
    appender = undefined
    client.release(true)
  }
  const keep = (): Promise<pg.PoolClient> => {
    const kept: Promise<pg.PoolClient> = pool.connect().then((client) => {
      // A checked-out pg client has no listener: a server that drops it while idle would crash us.
      client.on('error', () => dropKept(kept, client))
      return client
    })
    return kept
  }
  const onAppender = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    if (!groupCommit) return usingClient(pool, work)
    const kept = (appender ??= keep())
    let client: pg.PoolClient
    try {
      client = await kept
    } catch (error) {
      if (appender === kept) appender = undefined
      throw error
    }
    try {
      return await work(client)
    } catch (error) {
      dropKept(kept, client)
      throw error
    }
  }
  const runBatch = async (batch: typeof queue): Promise<void> => {
    try {
      await Promise.all([...new Set(batch.map((p) => p.job.district))].map(districtReady))
      const outcomes = await withRetries(
        server,
        () =>
          onAppender((client) =>
            appendBatch(
              client,
              batch.map((p) => p.job),
            ),
          ),
        false,
      )
      batch.forEach((pending, i) => {
        const outcome = outcomes[i]!
        if (outcome.ok) pending.resolve(outcome.result)
        else pending.reject(outcome.error)
      })
    } catch (error) {
      for (const pending of batch) pending.reject(error)
    }
  }
  const flush = (): void => {
    if (inFlight !== undefined || queue.length === 0) return
    // The longest prefix of the queue that may share a call (no stream twice), in order.
    const streams = new Set<string>()
    const ids = new Set<string>()
    let size = 0
    while (size < queue.length && size < MAX_BATCH && joinsBatch(queue[size]!.job, streams, ids)) {
      size++
    }
    const batch = queue.slice(0, size)
    queue = queue.slice(size)
    inFlight = runBatch(batch).finally(() => {
      inFlight = undefined
      flush()
    })
  }
  const submit = (job: AppendJob): Promise<AppendResult> => {
    if (closing !== undefined) return Promise.reject(closedError())
    if (codec !== undefined) {
      const sealed = codec.encode(job.events)
      // Sealing waits only for keys not yet cached; otherwise the append is queued at once.
      if (sealed instanceof Promise) {
        return sealed.then((events: readonly EventData[]) => submitSealed({ ...job, events }))
      }
      return submitSealed({ ...job, events: sealed })
    }
    return submitSealed(job)
  }
  const submitSealed = (job: AppendJob): Promise<AppendResult> => {
    if (closing !== undefined) return Promise.reject(closedError())
    return new Promise<AppendResult>((resolve, reject) => {
      const pending = { job, resolve, reject }
      if (!groupCommit) {
        void runBatch([pending])
        return
      }
      queue.push(pending)
      flush()
    })
  }
  const drain = async (): Promise<void> => {
    while (inFlight !== undefined) await inFlight
  }

  const handle = (district: string, readDistrict: string | undefined): PostgresEventStore => {
    const readStream = (
      streamName: string,
      readOptions?: ReadStreamOptions,
    ): AsyncIterable<RecordedEvent> => ({
      async *[Symbol.asyncIterator]() {
        let from = Math.max(0, readOptions?.fromRevision ?? 0)
        let left = readOptions?.maxCount ?? Infinity
        while (left > 0) {
          const limit = Math.min(left, READ_BATCH)
          const events = await readEvents(
            'wenming_read_stream',
            `SELECT ${EVENT_COLUMNS} FROM wenming_events WHERE district = $1 AND stream_name = $2 ` +
              'AND revision >= $3 ORDER BY revision LIMIT $4',
            [district, streamName, from, limit],
          )
          yield* events
          if (events.length < limit) return
          left -= events.length
          from = events[events.length - 1]!.revision + 1
        }
      },
    })
    const readAll = (readOptions?: ReadAllOptions): AsyncIterable<RecordedEvent> => ({
      async *[Symbol.asyncIterator]() {
        const from = Math.max(1, readOptions?.fromPosition ?? 1)
        let left = readOptions?.maxCount ?? Infinity
        // The end is fixed when reading starts, so a log that keeps growing is still read to an end.
        const until = await lastPosition(readDistrict)
        const scope = readDistrict === undefined ? '' : ' AND district = $4'
        const fetch = (after: number, limit: number): Promise<RecordedEvent[]> => {
          const params: unknown[] = [after, until, limit]
          if (readDistrict !== undefined) params.push(readDistrict)
          return readEvents(
            readDistrict === undefined ? 'wenming_read_all' : 'wenming_read_all_district',
            `SELECT ${EVENT_COLUMNS} FROM wenming_events WHERE position >= $1 AND position <= $2` +
              `${scope} ORDER BY position LIMIT $3`,
            params,
          )
        }
        if (left <= 0 || from > until) return
        let limit = Math.min(left, READ_BATCH)
        let next: Promise<RecordedEvent[]> | undefined = fetch(from, limit)
        try {
          while (next !== undefined) {
            const events = await next
            next = undefined
            left -= events.length
            const last = events[events.length - 1]
            // The next window is queried while the caller works through this one.
            if (
              events.length === limit &&
              left > 0 &&
              last !== undefined &&
              last.position < until
            ) {
              limit = Math.min(left, READ_BATCH)
              next = fetch(last.position + 1, limit)
            }
            yield* events
          }
        } finally {
          // A caller that stops early leaves a window in flight: its outcome is not wanted.
          next?.catch(() => {})
        }
      },
    })
    const self: PostgresEventStore = {
      server,
      district,
      appendToStream: (streamName, events, appendOptions) =>
        submit({
          district,
          streamName,
          events,
          expectedRevision: appendOptions?.expectedRevision ?? 'any',
        }),
      readStream,
      readAll,
      inDistrict: (other) => handle(other, other),
      migrate,
      onAppended: (listener) => notifications.subscribe(listener),
      log: {
        pool,
        server,
        readDistrict,
        ready: () => schemaReady().then(() => undefined),
        lastPosition: () => lastPosition(readDistrict),
        open,
      },
      close: () => (readDistrict === undefined ? closeStore() : Promise.resolve()),
    }
    if (codec !== undefined) {
      let erasures = 0
      self.erasePersonalData = (subject) =>
        closing !== undefined
          ? Promise.reject(closedError())
          : codec.forget(subject).then((deleted) => {
              erasures += 1
              return deleted
            })
      definePersonalDataEpoch(self, () => erasures)
    }
    return self
  }

  const closeStore = (): Promise<void> =>
    (closing ??= drain()
      .then(async () => {
        const kept = appender
        appender = undefined
        const client = await kept?.catch(() => undefined)
        client?.release()
      })
      .then(() => notifications.close())
      .then(() => pool.end()))

  return handle(options.district ?? 'default', undefined)
}
