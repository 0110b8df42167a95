import type {
  Projection,
  ProjectionSnapshot,
  ProjectionStorage,
  RecordedEvent,
} from '@wenming/event-store'
import { isEventStoreDbNotLeaderError } from './event-store-db-not-leader-error.js'
import { isEventStoreDbTimeoutError } from './event-store-db-timeout-error.js'
import { isEventStoreDbUnavailableError } from './event-store-db-unavailable-error.js'
import { isSubscriptionEndedError, SubscriptionEndedError } from './subscription-ended-error.js'

/** A source of events after a checkpoint, live and unending: `store.subscribeToAll` for one. */
export type SubscriptionSource = (options: {
  after: number
  eventTypes?: readonly string[]
}) => AsyncIterable<RecordedEvent>

/** Why and when the runner resubscribes. */
export type SubscriptionRetry = {
  error: unknown
  attempt: number
  delayMs: number
  checkpoint: number
}

export type SubscriptionProjectionOptions<ReadModel> = {
  subscribe: SubscriptionSource
  projection: Projection<ReadModel>
  storage: ProjectionStorage<ReadModel>
  /** Stops the runner; it saves what it applied and resolves. */
  signal: AbortSignal
  /** Save after this many applied events (default 100)... */
  batchSize?: number
  /** ...or once no event arrived for this long (default 200 ms). */
  flushAfterMs?: number
  /** First and longest wait before resubscribing; it doubles per failed attempt (100 / 5,000 ms). */
  backoff?: { initialMs?: number; maxMs?: number }
  /** Which failures are a dropped connection (default: unavailable, timeout, not leader, ended). */
  isTransient?: (error: unknown) => boolean
  onCheckpoint?: (snapshot: ProjectionSnapshot<ReadModel>) => void
  onRetry?: (retry: SubscriptionRetry) => void
  /** Waits `ms` or until `signal` aborts (injectable for tests). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
}

const defaultIsTransient = (error: unknown): boolean =>
  isEventStoreDbUnavailableError(error) ||
  isEventStoreDbTimeoutError(error) ||
  isEventStoreDbNotLeaderError(error) ||
  isSubscriptionEndedError(error)

const defaultSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })

const ABORTED = Symbol('aborted')
const FLUSH = Symbol('flush')

/**
 * Keeps a projection live from a catch-up subscription: applies events in order from the stored
 * checkpoint, saves read model and checkpoint together in batches and when idle, and after a
 * dropped connection resubscribes from the last applied position with exponential backoff. The
 * checkpoint is the position of the last event applied, as `catchUpProjection` keeps it, so both
 * can take turns on the same storage. Resolves with the last snapshot once `signal` aborts.
 *
 * @example
 * await runSubscriptionProjection({ subscribe: store.subscribeToAll, projection, storage, signal })
 */
export const runSubscriptionProjection = async <ReadModel>(
  options: SubscriptionProjectionOptions<ReadModel>,
): Promise<ProjectionSnapshot<ReadModel>> => {
  const { projection, storage, signal } = options
  const batchSize = options.batchSize ?? 100
  const flushAfterMs = options.flushAfterMs ?? 200
  const initialMs = options.backoff?.initialMs ?? 100
  const maxMs = options.backoff?.maxMs ?? 5000
  const isTransient = options.isTransient ?? defaultIsTransient
  const sleep = options.sleep ?? defaultSleep
  const handles = projection.eventTypes ? new Set(projection.eventTypes) : undefined

  const loaded = await storage.load()
  let readModel = loaded?.readModel ?? projection.initialState()
  let checkpoint = loaded?.checkpoint ?? 0
  let unsaved = 0
  const save = async (): Promise<void> => {
    if (unsaved === 0) return
    const snapshot = { readModel, checkpoint }
    await storage.save(snapshot)
    unsaved = 0
    options.onCheckpoint?.(snapshot)
  }

  const aborted = new Promise<typeof ABORTED>((resolve) => {
    if (signal.aborted) resolve(ABORTED)
    signal.addEventListener('abort', () => resolve(ABORTED), { once: true })
  })
  const flushTimer = (): { promise: Promise<typeof FLUSH>; cancel: () => void } => {
    let timer: NodeJS.Timeout | undefined
    const promise = new Promise<typeof FLUSH>((resolve) => {
      timer = setTimeout(() => resolve(FLUSH), flushAfterMs)
    })
    return { promise, cancel: () => clearTimeout(timer) }
  }

  let attempt = 0
  while (!signal.aborted) {
    const source = options.subscribe(
      projection.eventTypes === undefined
        ? { after: checkpoint }
        : { after: checkpoint, eventTypes: projection.eventTypes },
    )
    const iterator = source[Symbol.asyncIterator]()
    try {
      let pending = iterator.next()
      for (;;) {
        const flush = unsaved > 0 ? flushTimer() : undefined
        const outcome = await Promise.race(
          flush === undefined ? [pending, aborted] : [pending, aborted, flush.promise],
        ).finally(() => flush?.cancel())
        if (outcome === ABORTED) break
        if (outcome === FLUSH) {
          await save()
          continue
        }
        if (outcome.done === true) throw new SubscriptionEndedError()
        const event = outcome.value
        pending = iterator.next()
        attempt = 0
        if (event.position <= checkpoint) continue
        if (handles === undefined || handles.has(event.type)) {
          readModel = projection.evolve(readModel, event)
        }
        checkpoint = event.position
        unsaved++
        if (unsaved >= batchSize) await save()
      }
      pending.catch(() => undefined)
      await iterator.return?.()
      await save()
    } catch (error) {
      await iterator.return?.()?.catch(() => undefined)
      await save()
      if (!isTransient(error) || signal.aborted) {
        if (signal.aborted) break
        throw error
      }
      const delayMs = Math.min(maxMs, initialMs * 2 ** attempt)
      attempt++
      options.onRetry?.({ error, attempt, delayMs, checkpoint })
      await sleep(delayMs, signal)
    }
  }
  return { readModel, checkpoint }
}
