import {
  createInMemoryEventStore,
  createInMemoryProjectionStorage,
  foldSlot,
  openProjectionRunner,
  type EventStore,
  type Projection,
} from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { eventStoreDbEventSource } from './esdb-event-source.js'

/** A store whose positions are as sparse as EventStoreDB's: the in-memory position p as 1000p + 1. */
const sparse = (store: EventStore): EventStore => ({
  ...store,
  readAll: (options) => ({
    [Symbol.asyncIterator]: async function* () {
      const from = Math.ceil(((options?.fromPosition ?? 1) - 1) / 1000)
      const read = store.readAll({
        fromPosition: from,
        ...(options?.maxCount === undefined ? {} : { maxCount: options.maxCount + 1 }),
      })
      let left = options?.maxCount ?? Infinity
      for await (const event of read) {
        const position = event.position * 1000 + 1
        if (position < (options?.fromPosition ?? 1)) continue
        if (left-- <= 0) return
        yield { ...event, position }
      }
    },
  }),
})

const typesSeen: Projection<string[]> = {
  name: 'types-seen',
  initialState: () => [],
  evolve: (seen, event) => [...seen, `${event.position}:${event.type}`],
  eventTypes: ['A'],
}

describe('eventStoreDbEventSource', () => {
  it('reads a log with sparse positions to its end, whatever the batch and stops', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('A', 'B'), { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.integer({ min: 1, max: 41_000 }), { maxLength: 3 }),
        async (types, batchSize, stops) => {
          const memory = createInMemoryEventStore()
          for (const type of types) await memory.appendToStream('s', [{ type, data: {} }])
          const store = sparse(memory)
          const storage = createInMemoryProjectionStorage<string[]>()
          const open = () =>
            openProjectionRunner({
              store,
              source: eventStoreDbEventSource(store),
              slots: [foldSlot(typesSeen, storage)],
              batchSize,
            })
          for (const stop of [...stops].sort((a, b) => a - b)) {
            await (await open()).catchUp({ untilPosition: stop })
          }
          const runner = await open()
          await runner.catchUp()
          const expected = types.flatMap((type, i) =>
            type === 'A' ? [`${(i + 1) * 1000 + 1}:A`] : [],
          )
          expect(runner.readModel(typesSeen)).toEqual(expected)
          expect(storage.current()?.checkpoint ?? 0).toBe(
            types.length * 1000 + (types.length > 0 ? 1 : 0),
          )
        },
      ),
      { numRuns: 60 },
    )
  })
})
