import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LeanEvent, RecordedEvent } from '../event-data.js'
import type { EventStore } from '../event-store.js'
import type { Projection } from '../projection.js'
import { foldSlot } from '../read-side/fold-slot.js'
import { openProjectionRunner } from '../read-side/projection-runner.js'
import type { ReadModel } from '../read-side/read-model.js'
import type { ReadSide } from '../read-side/read-side.js'
import { rowSlot } from '../read-side/row-slot.js'
import { aCounter, streamTally, type TallyRow } from '../read-side/stream-tally.fixture.js'
import { toFoldProjection } from '../read-side/to-fold-projection.js'
import { crashingSource, survivingCrash } from './crashing-store.js'

export type ReadSideContractOptions = {
  /** An empty store and its read side for one test; the contract closes both. */
  create: () =>
    { store: EventStore; readSide: ReadSide } | Promise<{ store: EventStore; readSide: ReadSide }>
  /** Property runs of the crash-and-restart test (default 40). */
  numRuns?: number
}

type Tally = ReadModel<{ streams: TallyRow }>

/** A fold kept as plain JSON data (what fold storage may hold): each stream's positions since `Reset`. */
const tallyFold: Projection<Record<string, number[]>> = {
  name: 'stream-tally-fold',
  initialState: () => ({}),
  evolve: (model, event) =>
    event.type === 'Reset'
      ? Object.fromEntries(Object.entries(model).filter(([stream]) => stream !== event.streamName))
      : { ...model, [event.streamName]: [...(model[event.streamName] ?? []), event.position] },
}
const asJson = (tally: Tally): Record<string, number[]> =>
  Object.fromEntries([...tally.streams].map(([stream, row]) => [stream, row.positions]))
const pureTally = toFoldProjection(streamTally)
const counterFold = toFoldProjection(aCounter)

const recordedOf = async (store: EventStore): Promise<RecordedEvent[]> => {
  const recorded: RecordedEvent[] = []
  for await (const event of store.readAll()) recorded.push(event)
  return recorded
}

const foldsOf = (recorded: readonly RecordedEvent[]) => ({
  tally: recorded.reduce(pureTally.evolve, pureTally.initialState()),
  counter: recorded
    .filter((event) => event.type === 'A')
    .reduce(counterFold.evolve, counterFold.initialState()),
})

/** The three test projections, each bound to the read side's storage as it is now. */
const slotsOn = (readSide: ReadSide) => [
  rowSlot(streamTally, readSide.storageFor(streamTally)),
  rowSlot(aCounter, readSide.storageFor(aCounter)),
  foldSlot(tallyFold, readSide.foldStorageFor(tallyFold)),
]

const append = async (store: EventStore, events: readonly { stream: number; type: string }[]) => {
  for (const event of events) {
    await store.appendToStream(`s-${event.stream}`, [{ type: event.type, data: { n: 1 } }])
  }
}

const eventArbitrary = fc.record({
  stream: fc.integer({ min: 0, max: 3 }),
  type: fc.constantFrom('A', 'B', 'Reset'),
})

/**
 * The behaviour every store's read side must show (`ReadSide`: its log source and its read-model
 * storage): rows and checkpoint committed together, so that crashes and restarts never apply an
 * event twice or skip one; a blue-green rebuild that swaps in whole or is discarded; windows of the
 * log, whole or lean, that hold what `readAll` holds. Call it inside a test file of the adapter.
 *
 * @example
 * readSideContract('in-memory', {
 *   create: () => {
 *     const store = createInMemoryEventStore()
 *     return { store, readSide: inMemoryReadSide(store) }
 *   },
 * })
 */
export const readSideContract = (name: string, options: ReadSideContractOptions): void => {
  const withReadSide = async (
    test: (store: EventStore, readSide: ReadSide) => Promise<void>,
  ): Promise<void> => {
    const { store, readSide } = await options.create()
    try {
      await test(store, readSide)
    } finally {
      await readSide.close()
      await store.close()
    }
  }

  describe(`read side contract: ${name}`, () => {
    it('commits rows with their checkpoint: after crashes and restarts the models equal a fold from zero', async () => {
      const step = fc.record({
        append: fc.array(eventArbitrary, { maxLength: 10 }),
        batchSize: fc.integer({ min: 1, max: 6 }),
        crashAfter: fc.option(fc.nat({ max: 12 }), { nil: undefined }),
        slots: fc.subarray([0, 1, 2], { minLength: 1 }),
      })
      await fc.assert(
        fc.asyncProperty(fc.array(step, { maxLength: 6 }), async (steps) => {
          await withReadSide(async (store, readSide) => {
            for (const { append: events, batchSize, crashAfter, slots } of steps) {
              await append(store, events)
              // A restart: storage opened again, the runner loads only what was committed.
              const runner = await openProjectionRunner({
                store,
                source:
                  crashAfter === undefined
                    ? readSide.source
                    : crashingSource(readSide.source, crashAfter),
                slots: slotsOn(readSide).filter((_, index) => slots.includes(index)),
                batchSize,
              })
              await runner.catchUp().catch(survivingCrash)
            }
            const runner = await openProjectionRunner({
              store,
              source: readSide.source,
              slots: slotsOn(readSide),
            })
            await runner.catchUp()
            const { tally, counter } = foldsOf(await recordedOf(store))
            expect(runner.readModel(streamTally)).toEqual(tally)
            expect(runner.readModel(aCounter)).toEqual(counter)
            expect(runner.readModel(tallyFold)).toEqual(asJson(tally))
          })
        }),
        { numRuns: options.numRuns ?? 40 },
      )
    }, 120_000)

    it('serves the old read models during a rebuild, then swaps the new ones in for the next runner too', async () => {
      await withReadSide(async (store, readSide) => {
        await append(store, [
          { stream: 0, type: 'A' },
          { stream: 0, type: 'A' },
        ])
        const runner = await openProjectionRunner({
          store,
          source: readSide.source,
          slots: slotsOn(readSide),
          rebuildBatchSize: 1,
        })
        await runner.catchUp()
        await append(store, [
          { stream: 0, type: 'A' },
          { stream: 1, type: 'B' },
        ])
        const served: (number | undefined)[] = []
        await runner.rebuild({
          onProgress: () => served.push(runner.readModel(streamTally).streams.get('s-0')?.count),
        })
        expect(new Set(served)).toEqual(new Set([2]))
        const { tally, counter } = foldsOf(await recordedOf(store))
        expect(runner.readModel(streamTally)).toEqual(tally)
        const reopened = await openProjectionRunner({
          store,
          source: readSide.source,
          slots: slotsOn(readSide),
        })
        expect(reopened.readModel(streamTally)).toEqual(tally)
        expect(reopened.readModel(aCounter)).toEqual(counter)
        expect(reopened.readModel(tallyFold)).toEqual(asJson(tally))
        expect((await reopened.status()).map((status) => status.behind)).toEqual([0, 0, 0])
      })
    })

    it('discards a failed rebuild: the live models and the stored ones stay as they were', async () => {
      await withReadSide(async (store, readSide) => {
        await append(store, [
          { stream: 0, type: 'A' },
          { stream: 1, type: 'A' },
          { stream: 0, type: 'Reset' },
        ])
        const runner = await openProjectionRunner({
          store,
          source: readSide.source,
          slots: slotsOn(readSide),
          rebuildBatchSize: 1,
        })
        await runner.catchUp({ untilPosition: (await recordedOf(store))[1]!.position })
        const before = runner.readModel(streamTally)
        const controller = new AbortController()
        await expect(
          runner.rebuild({ signal: controller.signal, onProgress: () => controller.abort() }),
        ).rejects.toThrow()
        expect(runner.readModel(streamTally)).toBe(before)
        const reopened = await openProjectionRunner({
          store,
          source: readSide.source,
          slots: slotsOn(readSide),
        })
        expect(reopened.readModel(streamTally)).toEqual(before)
        expect((await reopened.status()).map((status) => status.behind)).toEqual([1, 1, 1])
      })
    })

    it('reads windows of the log, whole or lean, filtered by type, that hold what readAll holds', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(eventArbitrary, { maxLength: 25 }),
          fc.integer({ min: 1, max: 9 }),
          fc.option(fc.subarray(['A', 'B', 'Reset']), { nil: undefined }),
          async (events, limit, wanted) => {
            await withReadSide(async (store, readSide) => {
              await append(store, events)
              const types = wanted === undefined ? undefined : new Set(wanted)
              const expected = (await recordedOf(store)).filter(
                (event) => types === undefined || types.has(event.type),
              )
              const { source } = readSide
              const readAllWindows = async <Event extends LeanEvent>(
                read: (
                  after: number,
                  limit: number,
                ) => Promise<{
                  events: readonly Event[]
                  position: number
                  end: boolean
                }>,
              ): Promise<Event[]> => {
                const seen: Event[] = []
                let position = 0
                for (;;) {
                  const batch = await read(position, limit)
                  expect(batch.events.every((event) => event.position <= batch.position)).toBe(true)
                  seen.push(...batch.events)
                  if (batch.end) return seen
                  expect(batch.position).toBeGreaterThan(position)
                  position = batch.position
                }
              }
              expect(await readAllWindows((after, n) => source.read(after, n, types))).toEqual(
                expected,
              )
              if (source.readLean !== undefined) {
                const lean = await readAllWindows((after, n) => source.readLean!(after, n, types))
                expect(lean.map(({ type, data, position }) => ({ type, data, position }))).toEqual(
                  expected.map(({ type, data, position }) => ({ type, data, position })),
                )
              }
              if (source.lastPosition !== undefined) {
                expect(await source.lastPosition()).toBe(
                  (await recordedOf(store)).at(-1)?.position ?? 0,
                )
              }
            })
          },
        ),
        { numRuns: options.numRuns ?? 30 },
      )
    })

    it('keeps a fold and its checkpoint together in its storage', async () => {
      await withReadSide(async (_store, readSide) => {
        const storage = readSide.foldStorageFor<{ total: number }>({
          name: 'contract-fold',
          initialState: () => ({ total: 0 }),
          evolve: (model) => model,
        })
        expect(await storage.load()).toBeUndefined()
        await storage.save({ readModel: { total: 3 }, checkpoint: 7 })
        await storage.save({ readModel: { total: 4 }, checkpoint: 9 })
        expect(await storage.load()).toEqual({ readModel: { total: 4 }, checkpoint: 9 })
      })
    })
  })
}
