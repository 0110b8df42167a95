import type { SqliteEventStore } from '@wenming/event-store-sqlite'
import type { EventSource } from '@wenming/event-store'
import { rebuildProjections, sqliteEventSource, type ProjectionSlot } from '@wenming/projections'

/** `WENMING_BENCH_LEAN=0` hands every projection whole events, to compare with the lean reads. */
export const LEAN_VARIABLE = 'WENMING_BENCH_LEAN'

/**
 * Rebuilds `slots` from position 0 on `store` as an offline rebuild does (the models it replaces
 * are not loaded), reporting progress every tenth of the log.
 */
export const timedRebuild = async (
  store: SqliteEventStore,
  slots: readonly ProjectionSlot[],
  options: { label: string; log: (line: string) => void; sample: () => void },
): Promise<{ events: number; seconds: number }> => {
  let nextTenth = 1
  // Windows are queried on a worker thread, one ahead, while this thread decodes and folds.
  const sqlite = sqliteEventSource(store, { readAhead: true })
  const lean = process.env[LEAN_VARIABLE] !== '0'
  const source: EventSource = lean
    ? sqlite
    : {
        read: (after, limit, types) => sqlite.read(after, limit, types),
        lastPosition: () => sqlite.lastPosition(),
      }
  if (!lean) options.log(`  ${options.label}: whole events (${LEAN_VARIABLE}=0)`)
  const started = performance.now()
  const { eventsRead } = await rebuildProjections({
    store,
    slots,
    source,
    // Windows of 1,024 positions: a window's JSON text stays small (it is held whole while parsed).
    batchSize: 1024,
    onProgress: (progress) => {
      options.sample()
      if (progress.position >= (progress.targetPosition * nextTenth) / 10) {
        nextTenth = Math.floor((progress.position * 10) / progress.targetPosition) + 1
        options.log(
          `  ${options.label}: ${progress.eventsDone.toLocaleString('en-US')} events, ` +
            `${Math.round(progress.eventsPerSecond).toLocaleString('en-US')}/s, ` +
            `ETA ${progress.etaSeconds.toFixed(1)} s`,
        )
      }
    },
  })
  const seconds = (performance.now() - started) / 1000
  await sqlite.close()
  return { events: eventsRead, seconds }
}
