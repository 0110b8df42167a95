import {
  rebuildProjections,
  type EventSource,
  type EventStore,
  type ProjectionSlot,
  type ReadSide,
} from '@wenming/event-store'

/** `WENMING_BENCH_LEAN=0` hands every projection whole events, to compare with the lean reads. */
export const LEAN_VARIABLE = 'WENMING_BENCH_LEAN'

/**
 * Rebuilds `slots` from position 0 on `store`, reading the log through `readSide` (for SQLite with
 * read-ahead: windows queried on a worker thread, one ahead, while this thread decodes and folds),
 * as an offline rebuild does (the models it replaces are not loaded), reporting progress every
 * tenth of the log.
 */
export const timedRebuild = async (
  store: EventStore,
  readSide: ReadSide,
  slots: readonly ProjectionSlot[],
  options: { label: string; log: (line: string) => void; sample: () => void },
): Promise<{ events: number; seconds: number }> => {
  let nextTenth = 1
  const whole = readSide.source
  const lean = process.env[LEAN_VARIABLE] !== '0'
  const source: EventSource = lean
    ? whole
    : {
        read: (after, limit, types) => whole.read(after, limit, types),
        ...(whole.lastPosition === undefined ? {} : { lastPosition: () => whole.lastPosition!() }),
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
  return { events: eventsRead, seconds }
}
