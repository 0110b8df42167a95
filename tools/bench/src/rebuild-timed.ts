import type { SqliteEventStore } from '@wenming/event-store-sqlite'
import { openProjectionRunner, sqliteEventSource, type ProjectionSlot } from '@wenming/projections'

/** Rebuilds `slots` from position 0 on `store`, reporting progress every tenth of the log. */
export const timedRebuild = async (
  store: SqliteEventStore,
  slots: readonly ProjectionSlot[],
  options: { label: string; log: (line: string) => void; sample: () => void },
): Promise<{ events: number; seconds: number }> => {
  const runner = await openProjectionRunner({
    store,
    slots,
    source: sqliteEventSource(store),
    rebuildBatchSize: 2048,
  })
  let nextTenth = 1
  const started = performance.now()
  const { eventsRead } = await runner.rebuild({
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
  return { events: eventsRead, seconds: (performance.now() - started) / 1000 }
}
