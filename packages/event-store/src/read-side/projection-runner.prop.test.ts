import { createInMemoryEventStore } from '../in-memory-event-store.js'
import { createInMemoryProjectionStorage } from '../in-memory-projection-storage.js'
import { type RecordedEvent } from '../event-data.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { crashingAfter, survivingCrash } from '../testing/crashing-store.js'
import { createInMemoryReadModelStorage } from './in-memory-read-model-storage.js'
import { foldSlot } from './fold-slot.js'
import { openProjectionRunner } from './projection-runner.js'
import type { ReadModel } from './read-model.js'
import { rowSlot } from './row-slot.js'
import { aCounter, streamTally, type TallyRow } from './stream-tally.fixture.js'
import { toFoldProjection } from './to-fold-projection.js'

const eventArbitrary = fc.record({
  stream: fc.integer({ min: 0, max: 3 }),
  type: fc.constantFrom('A', 'B', 'Reset'),
})

const stepArbitrary = fc.record({
  append: fc.array(eventArbitrary, { maxLength: 12 }),
  batchSize: fc.integer({ min: 1, max: 6 }),
  // A slice of 0 ms commits and yields after every read.
  sliceMs: fc.option(fc.constant(0), { nil: undefined }),
  crashAfter: fc.option(fc.nat({ max: 15 }), { nil: undefined }),
  // Which projections this restart runs: they fall behind by different amounts.
  slots: fc.subarray([0, 1, 2], { minLength: 1 }),
})

const tallyFold = { ...toFoldProjection(streamTally), name: 'stream-tally-fold' }

describe('incremental catch-up against a rebuild from zero', () => {
  it('gives the same read models whatever the chunks, batch sizes, crashes and restarts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { maxLength: 8 }), async (steps) => {
        const store = createInMemoryEventStore()
        const tallyStorage = createInMemoryReadModelStorage(streamTally)
        const counterStorage = createInMemoryReadModelStorage(aCounter)
        const foldStorage = createInMemoryProjectionStorage<ReadModel<{ streams: TallyRow }>>()
        const slots = [
          rowSlot(streamTally, tallyStorage),
          rowSlot(aCounter, counterStorage),
          foldSlot(tallyFold, foldStorage),
        ]

        for (const step of steps) {
          for (const event of step.append) {
            await store.appendToStream(`s-${event.stream}`, [{ type: event.type, data: {} }])
          }
          const runner = await openProjectionRunner({
            store: step.crashAfter === undefined ? store : crashingAfter(store, step.crashAfter),
            slots: slots.filter((_, index) => step.slots.includes(index)),
            batchSize: step.batchSize,
            ...(step.sliceMs === undefined ? {} : { catchUpSliceMs: step.sliceMs }),
          })
          await runner.catchUp().catch(survivingCrash)
        }

        const runner = await openProjectionRunner({ store, slots, batchSize: 4 })
        await runner.catchUp()
        const recorded: RecordedEvent[] = []
        for await (const event of store.readAll()) recorded.push(event)
        const pureTally = toFoldProjection(streamTally)
        const counterFold = toFoldProjection(aCounter)
        const expectedTally = recorded.reduce(pureTally.evolve, pureTally.initialState())
        const expectedCounter = recorded
          .filter((event) => event.type === 'A')
          .reduce(counterFold.evolve, counterFold.initialState())

        expect(runner.readModel(streamTally)).toEqual(expectedTally)
        expect(runner.readModel(aCounter)).toEqual(expectedCounter)
        expect(runner.readModel(tallyFold)).toEqual(expectedTally)
        expect(tallyStorage.current()?.readModel ?? emptyTally()).toEqual(expectedTally)
        expect(foldStorage.current()?.readModel ?? emptyTally()).toEqual(expectedTally)

        await runner.rebuild()
        expect(runner.readModel(streamTally)).toEqual(expectedTally)
        expect(runner.readModel(aCounter)).toEqual(expectedCounter)
        expect(tallyStorage.current()?.readModel ?? emptyTally()).toEqual(expectedTally)
        expect(counterStorage.current()?.checkpoint ?? 0).toBe(recorded.length)
      }),
      { numRuns: 150 },
    )
  }, 60_000)
})

const emptyTally = (): ReadModel<{ streams: TallyRow }> => ({ streams: new Map() })
