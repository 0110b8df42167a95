import {
  createInMemoryEventStore,
  createInMemoryProjectionStorage,
  foldSlot,
  openProjectionRunner,
} from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeWorkReport } from './compute-work-report.js'
import { queryWorkReport } from './query-work-report.js'
import { reportPeriod } from './report-period.js'
import { arbitraryDistrictLog } from './test-support/arbitrary-district-log.js'
import type { WorkReportReadModel } from './work-report-read-model.js'
import { createWorkReportProjection } from './work-report-projection.js'
import type { WorkReport } from './work-report.js'

const MONTHS = Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`)

/** Every figure of a report that counts events inside the period (rather than a stock). */
const flows = (r: WorkReport) => ({
  directive: r.directiveOrders,
  request: [
    r.requestOrders.placed,
    r.requestOrders.accepted,
    r.requestOrders.rejected,
    r.requestOrders.cancelled,
    r.requestOrders.dispatched,
    r.requestOrders.declined,
    r.requestOrders.completed,
    r.requestOrders.evaluated,
  ],
  activities: r.activities,
  festivals: r.festivals,
  traffic: r.trafficPersuasion.sessions,
  pooled: r.clusters.pooledDispatches,
  joint: r.clusters.jointActivities,
})

/** The numbers of a nested value by path, zeros left out, so that sums can be compared. */
const flatten = (
  value: unknown,
  into: Map<string, number> = new Map(),
  path = '',
): Map<string, number> => {
  if (typeof value === 'number') {
    into.set(path, (into.get(path) ?? 0) + value)
    if (into.get(path) === 0) into.delete(path)
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, into, `${path}.${key}`)
  }
  return into
}

const asObject = (map: Map<string, number>) => Object.fromEntries([...map].sort())

describe('work report properties', () => {
  it('states for a year the sum of its months, and the stocks of its last month', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDistrictLog(), async (events) => {
        const year = await computeWorkReport(events, reportPeriod('2022'))
        const months = await Promise.all(
          MONTHS.map((m) => computeWorkReport(events, reportPeriod(m))),
        )
        const summed = new Map<string, number>()
        for (const month of months) flatten(flows(month), summed)
        expect(asObject(flatten(flows(year)))).toEqual(asObject(summed))
        expect(year.monthly).toEqual(months.flatMap((m) => m.monthly))
        const december = months[11]!
        expect([year.teams, year.organizations, year.volunteers]).toEqual([
          december.teams,
          december.organizations,
          december.volunteers,
        ])
        expect(year.clusters.clusters).toBe(december.clusters.clusters)
      }),
      { numRuns: 60 },
    )
  })

  it('ignores, as of a date, every event dated after it', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryDistrictLog(),
        fc.nat(),
        fc.integer({ min: 0, max: 5 }),
        async (events, pick, daysBefore) => {
          // As of a few days before some event, so that late reports straddle the date.
          const anchor = Date.parse(events[pick % events.length]!.data.at)
          const asOf = new Date(anchor + 8 * 3_600_000 - daysBefore * 86_400_000)
            .toISOString()
            .slice(0, 10)
          const end = Date.parse(`${asOf}T16:00:00Z`)
          const known = events.filter((e) => Date.parse(e.data.at) < end)
          const query = { ...reportPeriod('2022'), asOf }
          expect(await computeWorkReport(events, query)).toEqual(
            await computeWorkReport(known, query),
          )
        },
      ),
      { numRuns: 80 },
    )
  })

  it('gives the same report whatever the batch boundaries of the catch-up', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryDistrictLog(),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 4 }),
        async (events, batchSize, stops) => {
          const store = createInMemoryEventStore()
          for (const event of events) await store.appendToStream('log', [event])
          const projection = createWorkReportProjection()
          const storage = createInMemoryProjectionStorage<WorkReportReadModel>()
          // A runner per run: each starts from what the last one saved.
          const open = () =>
            openProjectionRunner({ store, slots: [foldSlot(projection, storage)], batchSize })
          for (const stop of [...stops].sort((a, b) => a - b)) {
            await (await open()).catchUp({ untilPosition: stop })
          }
          const runner = await open()
          await runner.catchUp()
          const readModel = runner.readModel(projection)
          const query = reportPeriod('2022')
          expect(queryWorkReport(readModel, query)).toEqual(await computeWorkReport(events, query))
        },
      ),
      { numRuns: 40 },
    )
  })
})
