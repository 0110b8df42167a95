import { createSqliteEventStore, sqliteReadSide } from '@wenming/event-store-sqlite'
import { wenmingReadModelSlots } from '@wenming/projections'
import type { Benchmark } from './metric.js'
import { createRssSampler } from './rebuild-rss.js'
import {
  GENERATE_STORE_VARIABLE,
  migrateStore,
  MIGRATE_STORE_VARIABLE,
  rebuildStorePath,
  writeSimulatedStore,
} from './rebuild-store.js'
import { timedRebuild } from './rebuild-timed.js'

const EVENTS = 1_000_000

const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.()

export const rebuildBench: Benchmark = {
  name: 'rebuild',
  description:
    'rebuild the work report, then the four live read models, from a SQLite store of 1,000,000 simulated events',
  run: async ({ log }) => {
    const generate = process.env[GENERATE_STORE_VARIABLE]
    if (generate !== undefined) {
      await writeSimulatedStore(generate, EVENTS, log)
      return []
    }
    const migrate = process.env[MIGRATE_STORE_VARIABLE]
    if (migrate !== undefined) {
      await migrateStore(migrate)
      return []
    }
    const path = await rebuildStorePath(EVENTS, log)
    const rss = createRssSampler()
    const store = createSqliteEventStore({ path, durability: 'normal' })
    const readSide = sqliteReadSide(store, { readAhead: true })
    try {
      collectGarbage()
      rss.reset()
      log('rebuild: work report (kept in memory, swapped in with one save)')
      const report = await timedRebuild(
        store,
        readSide,
        wenmingReadModelSlots(readSide, ['work-report']),
        { label: 'work report', log, sample: rss.sample },
      )
      collectGarbage()
      log('rebuild: order board, team workload, cluster pool, dispatch candidates (SQLite tables)')
      const live = await timedRebuild(
        store,
        readSide,
        wenmingReadModelSlots(readSide, [
          'order-board',
          'team-workload',
          'cluster-pool',
          'dispatch-candidates',
        ]),
        { label: 'live read models', log, sample: rss.sample },
      )
      return [
        { name: 'rebuild.events', value: report.events, unit: 'events' },
        {
          name: 'rebuild.report_events_per_s',
          value: report.events / report.seconds,
          unit: 'events/s',
        },
        { name: 'rebuild.live_events_per_s', value: live.events / live.seconds, unit: 'events/s' },
        { name: 'rebuild.rss_mb', value: rss.peakMb(), unit: 'MB' },
      ]
    } finally {
      rss.stop()
      await readSide.close()
      await store.close()
    }
  },
}
