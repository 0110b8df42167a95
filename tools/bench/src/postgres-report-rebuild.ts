import { createInMemoryProjectionStorage, foldSlot, rebuildProjections } from '@wenming/event-store'
import { createPostgresEventStore, postgresEventSource } from '@wenming/event-store-postgres'
import { createWorkReportProjection, type WorkReportReadModel } from '@wenming/reports'
import { createRssSampler } from './rebuild-rss.js'

/** Told so (the database URL), the child process only rebuilds the report and prints its figures. */
export const REPORT_CHILD_VARIABLE = 'WENMING_BENCH_POSTGRES_REPORT'

/**
 * Rebuilds the work report from the PostgreSQL log at `url` as an offline rebuild does (lean
 * windows filtered by type in SQL, the model in memory): events/s and peak RSS of this process.
 * With `district`, only that district's report, from its partition (`events` then counts the
 * positions of the whole log passed over).
 */
export const rebuildReportFromPostgres = async (
  url: string,
  district?: string,
): Promise<{ events: number; seconds: number; eventsPerSecond: number; peakRssMb: number }> => {
  const rss = createRssSampler()
  const national = createPostgresEventStore({ connectionString: url, maxConnections: 2 })
  const store = district === undefined ? national : national.inDistrict(district)
  try {
    const started = performance.now()
    const { eventsRead } = await rebuildProjections({
      store,
      slots: [
        foldSlot(
          createWorkReportProjection(),
          createInMemoryProjectionStorage<WorkReportReadModel>(),
        ),
      ],
      source: postgresEventSource(store.log),
      // A multiple of the runner's 2,048-position reads, so every window read ahead is the one asked for.
      batchSize: 20_480,
      onProgress: () => rss.sample(),
    })
    const seconds = (performance.now() - started) / 1000
    return {
      events: eventsRead,
      seconds,
      eventsPerSecond: eventsRead / seconds,
      peakRssMb: rss.peakMb(),
    }
  } finally {
    rss.stop()
    await national.close()
  }
}
