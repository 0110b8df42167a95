import { createInMemoryEventStore, type RecordedEvent } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clusterPool } from './cluster-pool/cluster-pool-projection.js'
import { crashingAfter, survivingCrash } from '@wenming/event-store/testing'
import { dispatchCandidates } from './dispatch-candidates/dispatch-candidates-projection.js'
import { appendEvents } from './domain-events.fixture.js'
import { createInMemoryReadModelStorage } from '@wenming/event-store'
import { orderBoard } from './order-board/order-board-projection.js'
import { openProjectionRunner } from '@wenming/event-store'
import type { RowProjection } from '@wenming/event-store'
import { rowSlot } from '@wenming/event-store'
import { teamWorkload } from './team-workload/team-workload-projection.js'
import { toFoldProjection } from '@wenming/event-store'
import { wenmingEventsArbitrary } from './wenming-event.fixture.js'

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

// Rows are shared between the live model, storage and older models, so a projection must never
// change a row in place: frozen rows make any attempt throw.
const projections = (
  [orderBoard, teamWorkload, clusterPool, dispatchCandidates] as unknown as RowProjection<
    Record<string, unknown>
  >[]
).map((projection) => ({
  ...projection,
  changes: (...args: Parameters<typeof projection.changes>) =>
    projection.changes(...args).map(deepFreeze),
}))

const stepArbitrary = fc.record({
  append: wenmingEventsArbitrary(15),
  batchSize: fc.integer({ min: 1, max: 8 }),
  crashAfter: fc.option(fc.nat({ max: 20 }), { nil: undefined }),
  slots: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
})

describe('live read models: incremental catch-up against a rebuild from zero', () => {
  it('agree for any history, in any chunks, with crashes and restarts in between', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { maxLength: 6 }), async (steps) => {
        const store = createInMemoryEventStore()
        const storages = projections.map((p) => createInMemoryReadModelStorage(p))
        const slots = projections.map((p, i) => rowSlot(p, storages[i]!))
        for (const step of steps) {
          await appendEvents(store, step.append)
          const runner = await openProjectionRunner({
            store: step.crashAfter === undefined ? store : crashingAfter(store, step.crashAfter),
            slots: slots.filter((_, index) => step.slots.includes(index)),
            batchSize: step.batchSize,
          })
          await runner.catchUp().catch(survivingCrash)
        }
        const runner = await openProjectionRunner({ store, slots })
        await runner.catchUp()
        const recorded: RecordedEvent[] = []
        for await (const event of store.readAll()) recorded.push(event)

        const incremental = projections.map((p) => runner.readModel(p))
        const folded = projections.map((p) => {
          const fold = toFoldProjection(p)
          const handled = new Set(p.eventTypes)
          return recorded
            .filter((e) => handled.has(e.type))
            .reduce(fold.evolve, fold.initialState())
        })
        expect(incremental).toEqual(folded)
        expect(storages.map((s) => s.current()?.readModel)).toEqual(
          recorded.length === 0 ? storages.map(() => undefined) : folded,
        )
        await runner.rebuild()
        expect(projections.map((p) => runner.readModel(p))).toEqual(folded)
      }),
      { numRuns: 150 },
    )
  }, 60_000)
})
