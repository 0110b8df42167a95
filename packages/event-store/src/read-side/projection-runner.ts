import type { EventStore } from '../event-store.js'
import type { Projection } from '../projection.js'
import type { EventSource } from './event-source.js'
import { logAccess } from './last-position.js'
import { progressMeter, type ProjectionProgress } from './projection-progress.js'
import type { FreshSlotRun, ProjectionSlot, SlotRun } from './projection-slot.js'
import type { ReadModel, TableRows } from './read-model.js'
import type { RowProjection } from './row-projection.js'
import { runPass } from './run-pass.js'

export type ProjectionRunnerOptions = {
  store: EventStore
  slots: readonly ProjectionSlot[]
  /** Events per read and per commit during catch-up (default 1,000). */
  batchSize?: number
  /** Events per read and per commit during a rebuild (default 20,000). */
  rebuildBatchSize?: number
  /**
   * The longest a catch-up holds the event loop (ms, about): it then commits what it applied and
   * yields before it reads on, so a server keeps answering (default: never yields).
   */
  catchUpSliceMs?: number
  /** Where to read the log (default: the store's `readAll`; for SQLite, `sqliteEventSource`). */
  source?: EventSource
  /** The store's last global position (default: the source's, else read the log to its end). */
  lastPosition?: () => Promise<number>
  now?: () => number
}

/** How far one projection is behind the store. */
export type ProjectionStatus = {
  name: string
  checkpoint: number
  lastPosition: number
  behind: number
}

export type RunOptions = {
  untilPosition?: number
  onProgress?: (progress: ProjectionProgress) => void
  signal?: AbortSignal
}

export type RebuildOptions = Omit<RunOptions, 'untilPosition'> & {
  /** Projections to rebuild (default: all). */
  names?: readonly string[]
}

/** Live projections run together: one pass over the log per catch-up, rebuilds swapped in whole. */
export type ProjectionRunner = {
  readonly names: readonly string[]
  /** The read model currently served for a projection. */
  readModel: {
    <Rows extends TableRows>(projection: RowProjection<Rows>): ReadModel<Rows>
    <Model>(projection: Projection<Model>): Model
  }
  /** Applies every event after each checkpoint, in position order, committing after each batch. */
  catchUp(options?: RunOptions): Promise<{ position: number; eventsRead: number }>
  /** Rebuilds from position 0 into fresh storage, then swaps in; the old models serve meanwhile. */
  rebuild(options?: RebuildOptions): Promise<{ position: number; eventsRead: number }>
  /** Checkpoint against the store's last position, per projection. */
  status(): Promise<ProjectionStatus[]>
}

/**
 * Opens the storage of every slot and returns a runner serving their read models.
 *
 * @example
 * const runner = await openProjectionRunner({ store, slots: [rowSlot(orderBoard, storage)] })
 * await runner.catchUp()
 * orderBoardQuery.open(runner.readModel(orderBoard), { now: new Date() })
 */
export const openProjectionRunner = async (
  options: ProjectionRunnerOptions,
): Promise<ProjectionRunner> => {
  const { slots } = options
  const now = options.now ?? (() => performance.now())
  const { source, lastPosition } = logAccess(options)
  const names = slots.map((slot) => slot.name)
  if (new Set(names).size !== names.length)
    throw new Error(`Duplicate projection names: ${names.join(', ')}`)

  const live = new Map<string, SlotRun>()
  for (const slot of slots) live.set(slot.name, await slot.open())

  // Catch-ups and swaps run one at a time; a rebuild's long first pass runs beside them.
  let queue: Promise<unknown> = Promise.resolve()
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work)
    queue = result.catch(() => undefined)
    return result
  }

  const metered = async (
    runs: readonly SlotRun[],
    run: RunOptions,
    batchSize: number,
    sliceMs?: number,
  ): Promise<{ position: number; eventsRead: number }> => {
    const from = Math.min(...runs.map((r) => r.checkpoint()))
    const target = run.untilPosition ?? (run.onProgress ? await lastPosition() : Infinity)
    const meter = progressMeter(
      names.filter((n) => runs.some((r) => r.name === n)),
      from,
      target,
      now,
    )
    return runPass(source, runs, {
      batchSize,
      now,
      ...(sliceMs === undefined ? {} : { sliceMs }),
      ...(run.untilPosition !== undefined ? { untilPosition: run.untilPosition } : {}),
      ...(run.signal ? { signal: run.signal } : {}),
      ...(run.onProgress ? { onBatch: (p, n) => run.onProgress?.(meter(p, n)) } : {}),
    })
  }

  const readModel = (projection: { name: string }): unknown => {
    const run = live.get(projection.name)
    if (run === undefined) throw new Error(`No projection named ${projection.name} in this runner`)
    return run.readModel()
  }

  return {
    names,
    readModel: readModel as ProjectionRunner['readModel'],
    catchUp: (run = {}) =>
      exclusive(() =>
        metered([...live.values()], run, options.batchSize ?? 1000, options.catchUpSliceMs),
      ),
    rebuild: async (run = {}) => {
      const chosen = slots.filter((slot) => run.names?.includes(slot.name) ?? true)
      const forks: FreshSlotRun[] = []
      try {
        for (const slot of chosen) forks.push(await slot.openFresh())
        const batchSize = options.rebuildBatchSize ?? 20_000
        const target = await lastPosition()
        const first = await metered(forks, { ...run, untilPosition: target }, batchSize)
        return await exclusive(async () => {
          // Events appended during the first pass; then the swap, with no catch-up in between.
          const tail = await runPass(source, forks, { batchSize })
          for (const fork of forks) live.set(fork.name, await fork.promote())
          return { position: tail.position, eventsRead: first.eventsRead + tail.eventsRead }
        })
      } catch (error) {
        for (const fork of forks) await fork.discard()
        throw error
      }
    },
    status: async () => {
      const last = await lastPosition()
      return [...live.values()].map((run) => ({
        name: run.name,
        checkpoint: run.checkpoint(),
        lastPosition: last,
        behind: Math.max(last - run.checkpoint(), 0),
      }))
    },
  }
}
