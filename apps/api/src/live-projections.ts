import type { EventSource, EventStore } from '@wenming/event-store'
import {
  openProjectionRunner,
  scanLastPosition,
  type ProjectionRunner,
  type ProjectionSlot,
} from '@wenming/event-store'
import type { Freshness } from './query-route.js'

export type LiveProjectionsOptions = {
  store: EventStore
  slots: readonly ProjectionSlot[]
  /** Where to read the log (default: the store's `readAll`). */
  source?: EventSource
  /** The least time between two catch-ups, so that busy writes are applied in batches (ms). */
  intervalMs?: number
  /** The longest a catch-up holds the event loop before it yields to requests (ms, about). */
  sliceMs?: number
  onError?: (error: unknown) => void
}

/** Events per read-model commit during a catch-up, at most (a slice's time usually ends it first). */
const CATCH_UP_BATCH = 2500

/**
 * A catch-up applies and commits slices of about this long, yielding to requests in between: one
 * unsliced pass would be the p99 of every request waiting behind it. Shorter slices commit more
 * often, and each commit rewrites its random index pages, which costs command throughput for a
 * slightly lower p99 (measured: tools/bench/README.md, "Catch-up slices").
 */
const SLICE_MS = 10

/** Read models kept up to date in-process, with how far each is behind the log. */
export type LiveProjections = {
  readonly runner: ProjectionRunner
  /**
   * The checkpoint of a projection and how many known events it has yet to apply: those appended
   * by this process since, and other writers' once the next catch-up has seen them.
   */
  freshness(name: string): Freshness
  /** Tells the loop that this process appended events, so it catches up soon. */
  notifyAppended(count: number): void
  /** True once every projection has caught up with the log as it was at start. */
  ready(): boolean
  stop(): Promise<void>
}

/**
 * Opens the runner and keeps catching up in the background: passes at least `intervalMs` apart (each
 * commits the read models, so busy writes are applied in batches); when idle it waits for an append by
 * this process, or polls every second for other writers.
 *
 * @example
 * const live = await startLiveProjections({
 *   store,
 *   source: readSide.source,
 *   slots: wenmingReadModelSlots(readSide),
 * })
 */
export const startLiveProjections = async (
  options: LiveProjectionsOptions,
): Promise<LiveProjections> => {
  const { store } = options
  const intervalMs = options.intervalMs ?? 250
  let head = 0
  let unseen = 0
  const runner = await openProjectionRunner({
    store,
    slots: options.slots,
    ...(options.source === undefined ? {} : { source: options.source }),
    batchSize: CATCH_UP_BATCH,
    catchUpSliceMs: options.sliceMs ?? SLICE_MS,
    lastPosition: () => Promise.resolve(head),
  })
  const checkpoints = new Map<string, number>()
  const refresh = async (): Promise<void> => {
    for (const status of await runner.status()) checkpoints.set(status.name, status.checkpoint)
  }
  await refresh()
  const lowest = checkpoints.size === 0 ? 0 : Math.min(...checkpoints.values())
  head = await scanLastPosition(store, lowest)
  const startHead = head
  let isReady = startHead === 0

  let stopped = false
  let wake: (() => void) | undefined
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        wake = undefined
        resolve()
      }, ms)
      wake = () => {
        clearTimeout(timer)
        wake = undefined
        resolve()
      }
    })

  const tick = async (): Promise<void> => {
    const pending = unseen
    // A pass ends at the log's end as it starts: chasing appends made while it yields would turn
    // the batches of busy writes back into a commit every slice. Without a cheap last position,
    // it reads to the end, and its last position is the head without a second read.
    const last = await options.source?.lastPosition?.()
    const { position } = await runner.catchUp(last === undefined ? {} : { untilPosition: last })
    head = Math.max(head, position)
    unseen = Math.max(0, unseen - pending)
    await refresh()
    if (!isReady && Math.min(...checkpoints.values()) >= startHead) isReady = true
  }

  const loop = (async () => {
    while (!stopped) {
      const started = performance.now()
      try {
        await tick()
      } catch (error) {
        options.onError?.(error)
      }
      if (stopped) break
      const spent = performance.now() - started
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, intervalMs - spent)))
      if (unseen === 0 && !stopped) await sleep(Math.max(intervalMs, 1000))
    }
  })()

  return {
    runner,
    freshness: (name) => {
      const checkpoint = checkpoints.get(name) ?? 0
      return { checkpoint, behind: Math.max(0, head - checkpoint) + unseen }
    },
    notifyAppended: (count) => {
      unseen += count
      wake?.()
    },
    ready: () => isReady,
    stop: async () => {
      stopped = true
      wake?.()
      await loop
    },
  }
}
