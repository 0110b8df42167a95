import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { EventData, RecordedEvent } from '../event-data.js'
import type { EventStore } from '../event-store.js'
import {
  isWrongExpectedRevisionError,
  type WrongExpectedRevisionError,
} from '../wrong-expected-revision-error.js'

export type EventStoreContractOptions = {
  /** A store for one test; stream names are unique per test, so a shared server works too. */
  create: () => EventStore | Promise<EventStore>
  /** Concurrent appends in the race test (default 16). */
  raceWidth?: number
}

const collect = async (events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = []
  for await (const event of events) all.push(event)
  return all
}

const event = (type: string, data: unknown = {}, id?: string): EventData =>
  id === undefined ? { type, data } : { type, data, id }

const conflictOf = async (append: Promise<unknown>): Promise<WrongExpectedRevisionError> => {
  const error = await append.then(
    () => undefined,
    (failure: unknown) => failure,
  )
  expect(isWrongExpectedRevisionError(error)).toBe(true)
  return error as WrongExpectedRevisionError
}

/**
 * The behaviour every `EventStore` adapter must show. Call it inside a test file of the adapter.
 *
 * @example
 * eventStoreContract('in-memory', { create: () => createInMemoryEventStore() })
 */
export const eventStoreContract = (name: string, options: EventStoreContractOptions): void => {
  describe(`${name} event store contract`, () => {
    let store: EventStore
    let prefix: string
    const stream = (suffix: string): string => `${prefix}${suffix}`
    const readStream = (streamName: string, opts?: Parameters<EventStore['readStream']>[1]) =>
      collect(store.readStream(streamName, opts))
    const readAllOfTest = async (fromPosition: number, maxCount?: number) =>
      (
        await collect(
          store.readAll(maxCount === undefined ? { fromPosition } : { fromPosition, maxCount }),
        )
      ).filter((e) => e.streamName.startsWith(prefix))

    beforeEach(async () => {
      store = await options.create()
      prefix = `contract${randomUUID().replaceAll('-', '')}-`
    })
    afterEach(async () => {
      await store.close()
    })

    it('reads back what it appended, with ids, revisions, positions and times', async () => {
      const id = randomUUID()
      const result = await store.appendToStream(stream('a'), [
        { type: 'Placed', data: { n: 1, text: '点单' }, metadata: { commandId: 'c1' }, id },
        { type: 'Accepted', data: { n: 2 } },
      ])
      const events = await readStream(stream('a'))
      expect(events.map((e) => [e.type, e.data, e.streamName, e.revision])).toEqual([
        ['Placed', { n: 1, text: '点单' }, stream('a'), 0],
        ['Accepted', { n: 2 }, stream('a'), 1],
      ])
      expect(events[0]?.id).toBe(id)
      expect(events[0]?.metadata).toMatchObject({ commandId: 'c1' })
      expect(typeof events[1]?.id).toBe('string')
      expect(events[1]?.id).not.toBe(id)
      expect(events.every((e) => e.recordedAt instanceof Date)).toBe(true)
      expect(result.nextExpectedRevision).toBe(1)
      expect(result.position).toBe(events[1]?.position)
      expect(events[0]!.position).toBeLessThan(events[1]!.position)
    })

    it('yields nothing for a stream that does not exist', async () => {
      expect(await readStream(stream('missing'))).toEqual([])
    })

    it('appends nothing for an empty append', async () => {
      await store.appendToStream(stream('empty'), [], { expectedRevision: 'no_stream' })
      expect(await readStream(stream('empty'))).toEqual([])
    })

    it("accepts 'no_stream' only for a new stream", async () => {
      await store.appendToStream(stream('n'), [event('A')], { expectedRevision: 'no_stream' })
      const error = await conflictOf(
        store.appendToStream(stream('n'), [event('B')], { expectedRevision: 'no_stream' }),
      )
      expect(error.streamName).toBe(stream('n'))
      expect(error.expectedRevision).toBe('no_stream')
      expect(error.actualRevision).toBe(0)
    })

    it("accepts 'stream_exists' only for an existing stream", async () => {
      const error = await conflictOf(
        store.appendToStream(stream('s'), [event('A')], { expectedRevision: 'stream_exists' }),
      )
      expect(error.expectedRevision).toBe('stream_exists')
      expect(error.actualRevision).toBe('no_stream')
      await store.appendToStream(stream('s'), [event('A')])
      const result = await store.appendToStream(stream('s'), [event('B')], {
        expectedRevision: 'stream_exists',
      })
      expect(result.nextExpectedRevision).toBe(1)
    })

    it('accepts a numeric revision only when it is the last revision', async () => {
      await store.appendToStream(stream('r'), [event('A'), event('B')])
      const error = await conflictOf(
        store.appendToStream(stream('r'), [event('C')], { expectedRevision: 0 }),
      )
      expect(error.expectedRevision).toBe(0)
      expect(error.actualRevision).toBe(1)
      const missing = await conflictOf(
        store.appendToStream(stream('r-missing'), [event('C')], { expectedRevision: 0 }),
      )
      expect(missing.actualRevision).toBe('no_stream')
      const result = await store.appendToStream(stream('r'), [event('C')], { expectedRevision: 1 })
      expect(result.nextExpectedRevision).toBe(2)
    })

    it("accepts 'any', the default, whatever the stream's revision", async () => {
      await store.appendToStream(stream('any'), [event('A')], { expectedRevision: 'any' })
      await store.appendToStream(stream('any'), [event('B')])
      expect((await readStream(stream('any'))).map((e) => e.revision)).toEqual([0, 1])
    })

    it('writes all events of an append or none', async () => {
      await store.appendToStream(stream('atomic'), [event('A')])
      await conflictOf(
        store.appendToStream(stream('atomic'), [event('B'), event('C'), event('D')], {
          expectedRevision: 5,
        }),
      )
      const events = await readStream(stream('atomic'))
      expect(events.map((e) => e.type)).toEqual(['A'])
      expect((await readAllOfTest(events[0]!.position)).map((e) => e.type)).toEqual(['A'])
    })

    it('treats a re-append of stored event ids as a no-op returning the original result', async () => {
      const ids = [randomUUID(), randomUUID()]
      const batch = [event('A', { i: 0 }, ids[0]), event('B', { i: 1 }, ids[1])]
      const first = await store.appendToStream(stream('idem'), batch, {
        expectedRevision: 'no_stream',
      })
      await store.appendToStream(stream('idem'), [event('C')])
      const again = await store.appendToStream(stream('idem'), batch, {
        expectedRevision: 'no_stream',
      })
      const stale = await store.appendToStream(stream('idem'), batch)
      expect(again).toEqual(first)
      expect(stale).toEqual(first)
      const events = await readStream(stream('idem'))
      expect(events.map((e) => e.type)).toEqual(['A', 'B', 'C'])
      expect(await readAllOfTest(events[0]!.position)).toHaveLength(3)
    })

    it('gives strictly increasing global positions across streams', async () => {
      await store.appendToStream(stream('p1'), [event('A'), event('B')])
      await store.appendToStream(stream('p2'), [event('C')])
      await store.appendToStream(stream('p1'), [event('D')])
      await store.appendToStream(stream('p3'), [event('E'), event('F')])
      // Positions need not be consecutive (EventStoreDB's are log offsets): start at the first event's.
      const [first] = await readStream(stream('p1'))
      const all = await readAllOfTest(first!.position)
      expect(all.map((e) => e.type)).toEqual(['A', 'B', 'C', 'D', 'E', 'F'])
      for (let i = 1; i < all.length; i++) {
        expect(all[i]!.position).toBeGreaterThan(all[i - 1]!.position)
      }
    })

    it('reads all from a position, inclusive, up to maxCount', async () => {
      await store.appendToStream(stream('x'), [event('A'), event('B')])
      await store.appendToStream(stream('y'), [event('C'), event('D')])
      const all = await readAllOfTest(0)
      const third = all[2]!
      expect((await readAllOfTest(third.position)).map((e) => e.type)).toEqual(['C', 'D'])
      const limited = await collect(store.readAll({ fromPosition: all[1]!.position, maxCount: 2 }))
      expect(limited.map((e) => e.type)).toEqual(['B', 'C'])
      expect(await readAllOfTest(all[3]!.position + 1)).toEqual([])
    })

    it('reads a stream from a revision, up to maxCount', async () => {
      await store.appendToStream(
        stream('m'),
        ['A', 'B', 'C', 'D', 'E'].map((t) => event(t)),
      )
      const from = await readStream(stream('m'), { fromRevision: 2 })
      expect(from.map((e) => e.type)).toEqual(['C', 'D', 'E'])
      const limited = await readStream(stream('m'), { fromRevision: 1, maxCount: 2 })
      expect(limited.map((e) => [e.type, e.revision])).toEqual([
        ['B', 1],
        ['C', 2],
      ])
      expect(await readStream(stream('m'), { fromRevision: 9 })).toEqual([])
    })

    it('lets exactly one of N concurrent appends with the same expected revision win', async () => {
      const width = options.raceWidth ?? 16
      await store.appendToStream(stream('race'), [event('Start')])
      const outcomes = await Promise.allSettled(
        Array.from({ length: width }, (_, i) =>
          store.appendToStream(stream('race'), [event('Racer', { i }), event('Racer2', { i })], {
            expectedRevision: 0,
          }),
        ),
      )
      const won = outcomes.filter((o) => o.status === 'fulfilled')
      const lost = outcomes.filter((o) => o.status === 'rejected')
      expect(won).toHaveLength(1)
      expect(lost.every((o) => isWrongExpectedRevisionError(o.reason))).toBe(true)
      const events = await readStream(stream('race'))
      expect(events.map((e) => e.revision)).toEqual([0, 1, 2])
      expect(new Set(events.slice(1).map((e) => (e.data as { i: number }).i)).size).toBe(1)
    })
  })
}
