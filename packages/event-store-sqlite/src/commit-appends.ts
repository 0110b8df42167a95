import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import {
  findOriginalAppend,
  matchesExpectedRevision,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventData,
  type ExpectedRevision,
} from '@wenming/event-store'
import { encodeEvent } from './event-json.js'
import type { Pending, RetryLater } from './group-commit.js'
import { isSqliteStoreLockedError } from './sqlite-store-errors.js'
import { toSqliteStoreError } from './to-sqlite-store-error.js'

/** One `appendToStream` call waiting for its commit. */
export type AppendJob = {
  readonly streamName: string
  readonly events: readonly EventData[]
  readonly expectedRevision: ExpectedRevision
}

type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown }

type Batch = readonly Pending<AppendJob, AppendResult>[]

/** How long to wait between two tries for a write lock held by another connection. */
const LOCK_RETRY_MS = 20

/** How long the committer waits for the write lock, in all, and when it tries again. */
export type LockWait = { readonly deadlineMs: number; readonly retryMs?: number }

/**
 * Builds the batch committer: one `BEGIN IMMEDIATE ... COMMIT` for all queued appends, each checked
 * against the stream as the appends before it in the batch left it, so each keeps its own
 * expected-revision check and outcome; callers are settled only after COMMIT (and its fsync).
 * An append that makes SQLite abandon the transaction (a full disk) fails alone: the others are
 * committed again without it. A write lock held by another connection hands the batch back to be
 * retried after a timer (the connection's own busy timeout is kept short), until each append's
 * deadline, when it fails with a locked error.
 */
export const createAppendCommitter = (
  database: Database,
  path: string,
  lockWait: LockWait,
): ((batch: Batch) => RetryLater<AppendJob, AppendResult> | void) => {
  const firstLocked = new WeakMap<Pending<AppendJob, AppendResult>, number>()
  const lastOfStream = database
    .prepare(
      'SELECT revision, position FROM events WHERE stream_name = ? ORDER BY revision DESC LIMIT 1',
    )
    .raw()
  const byId = database
    .prepare('SELECT revision, position FROM events WHERE stream_name = ? AND id = ?')
    .raw()
  const insert = database.prepare(
    'INSERT INTO events (position, stream_name, revision, id, type, head, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const lastPosition = database.prepare('SELECT MAX(position) FROM events').pluck()
  /** The position the next event takes: read once per transaction, moved on by each append. */
  let nextPosition = 1

  const insertEvents = (job: AppendJob, firstRevision: number, recordedAt: number): number => {
    const { streamName } = job
    let position = nextPosition
    let revision = firstRevision
    for (const event of job.events) {
      const id = event.id ?? randomUUID()
      const { head, data } = encodeEvent(
        position,
        streamName,
        revision,
        id,
        event.type,
        recordedAt,
        event.metadata,
        event.data,
      )
      insert.run(position++, streamName, revision++, id, event.type, head, data)
    }
    return position - 1
  }
  // A savepoint, so a multi-event append that fails halfway leaves nothing of itself behind.
  const insertAtomically = database.transaction(insertEvents)

  const append = (job: AppendJob, recordedAt: number): Outcome => {
    const { streamName, events, expectedRevision } = job
    const last = lastOfStream.get(streamName) as [number, number] | undefined
    const actual = last === undefined ? 'no_stream' : last[0]
    if (last !== undefined && events.length > 0) {
      const original = findOriginalAppend(events, (id) => {
        const row = byId.get(streamName, id) as [number, number] | undefined
        return row === undefined ? undefined : { revision: row[0], position: row[1] }
      })
      if (original.result !== undefined) return { ok: true, result: original.result }
      if (original.found > 0) {
        return {
          ok: false,
          error: new WrongExpectedRevisionError(streamName, expectedRevision, actual),
        }
      }
    }
    if (!matchesExpectedRevision(expectedRevision, actual)) {
      return {
        ok: false,
        error: new WrongExpectedRevisionError(streamName, expectedRevision, actual),
      }
    }
    if (events.length === 0) {
      return {
        ok: true,
        result: { nextExpectedRevision: last?.[0] ?? -1, position: last?.[1] ?? 0 },
      }
    }
    const duplicate = findDuplicateId(events)
    if (duplicate !== undefined) {
      return {
        ok: false,
        error: new Error(`Event id '${duplicate}' appears twice in one append to '${streamName}'`),
      }
    }
    const firstRevision = last === undefined ? 0 : last[0] + 1
    try {
      // One INSERT is atomic by itself; only a multi-event append needs a savepoint.
      const position =
        events.length === 1
          ? insertEvents(job, firstRevision, recordedAt)
          : insertAtomically(job, firstRevision, recordedAt)
      nextPosition = position + 1
      return {
        ok: true,
        result: { nextExpectedRevision: firstRevision + events.length - 1, position },
      }
    } catch (error) {
      // SQLite rolled the whole transaction back (an I/O error, a full disk): the batch is lost.
      if (!database.inTransaction) throw new BatchAborted(job, error)
      return { ok: false, error: toSqliteStoreError(error, path) }
    }
  }

  const commitBatch = database.transaction(
    (batch: readonly Pending<AppendJob, AppendResult>[], recordedAt: number): Outcome[] => {
      nextPosition = ((lastPosition.get() as number | null) ?? 0) + 1
      return batch.map((pending) => append(pending.job, recordedAt))
    },
  )

  /** Hands back the appends still within their deadline; fails the others with `failure`. */
  const retryLater = (batch: Batch, failure: Error): RetryLater<AppendJob, AppendResult> => {
    const now = performance.now()
    const retry: Pending<AppendJob, AppendResult>[] = []
    for (const pending of batch) {
      const since = firstLocked.get(pending) ?? now
      firstLocked.set(pending, since)
      if (now - since >= lockWait.deadlineMs) pending.reject(failure)
      else retry.push(pending)
    }
    return { retry, afterMs: lockWait.retryMs ?? LOCK_RETRY_MS }
  }

  const commit = (batch: Batch): RetryLater<AppendJob, AppendResult> | void => {
    let outcomes: Outcome[]
    try {
      outcomes = commitBatch.immediate(batch, Date.now())
    } catch (error) {
      if (error instanceof BatchAborted) {
        // One append made SQLite abandon the transaction: it fails, the others get a new one.
        const culprit = batch.find((pending) => pending.job === error.job)!
        culprit.reject(toSqliteStoreError(error.cause, path))
        const others = batch.filter((pending) => pending !== culprit)
        return others.length > 0 ? commit(others) : undefined
      }
      // Nothing of the batch was committed (better-sqlite3 rolled back): every caller learns why,
      // unless the lock is held elsewhere, when the batch is tried again later.
      const failure = toSqliteStoreError(error, path)
      if (isSqliteStoreLockedError(failure)) return retryLater(batch, failure)
      for (const pending of batch) pending.reject(failure)
      return
    }
    batch.forEach((pending, i) => {
      const outcome = outcomes[i]!
      if (outcome.ok) pending.resolve(outcome.result)
      else pending.reject(outcome.error)
    })
  }
  return commit
}

/** Thrown out of a batch when SQLite rolled back the whole transaction during one append. */
class BatchAborted extends Error {
  override readonly name = 'BatchAborted'
  readonly job: AppendJob

  constructor(job: AppendJob, cause: unknown) {
    super('SQLite rolled back the batch during one append', { cause })
    this.job = job
  }
}

const findDuplicateId = (events: readonly EventData[]): string | undefined => {
  if (events.length < 2) return undefined
  const seen = new Set<string>()
  for (const event of events) {
    if (event.id === undefined) continue
    if (seen.has(event.id)) return event.id
    seen.add(event.id)
  }
  return undefined
}
