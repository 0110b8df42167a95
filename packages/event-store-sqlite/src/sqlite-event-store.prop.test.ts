import {
  createInMemoryEventStore,
  isWrongExpectedRevisionError,
  type EventData,
  type EventStore,
  type ExpectedRevision,
  type RecordedEvent,
} from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSqliteEventStore } from './sqlite-event-store.js'

type Append = { stream: string; expected: ExpectedRevision; events: EventData[] }

// A small pool of ids, so re-appends (whole or partial) and shared ids happen often.
const appendArbitrary: fc.Arbitrary<Append> = fc.record({
  stream: fc.constantFrom('a', 'b', 'c'),
  expected: fc.oneof(
    fc.constantFrom<ExpectedRevision>('any', 'no_stream', 'stream_exists'),
    fc.integer({ min: 0, max: 4 }),
  ),
  events: fc.array(
    fc.record(
      {
        type: fc.constantFrom('X', 'Y'),
        data: fc.nat(9),
        id: fc.constantFrom('i1', 'i2', 'i3', 'i4', 'i5'),
      },
      { requiredKeys: ['type', 'data'] },
    ),
    { maxLength: 3 },
  ),
})

const outcomeOf = (settled: PromiseSettledResult<unknown>): unknown => {
  if (settled.status === 'fulfilled') return settled.value
  const error: unknown = settled.reason
  if (isWrongExpectedRevisionError(error)) {
    return { conflict: [error.streamName, error.expectedRevision, error.actualRevision] }
  }
  return { error: error instanceof Error ? error.message : String(error) }
}

const logOf = async (store: EventStore): Promise<unknown[]> => {
  const log: unknown[] = []
  for await (const e of store.readAll() as AsyncIterable<RecordedEvent>) {
    const id = e.id.length === 2 ? e.id : 'generated'
    log.push([e.position, e.streamName, e.revision, e.type, e.data, id])
  }
  return log
}

describe('createSqliteEventStore with group commit', () => {
  it('gives every append of a concurrent batch the outcome it would have one at a time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(appendArbitrary, { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 5,
        }),
        async (waves) => {
          const sqlite = createSqliteEventStore({ path: ':memory:' })
          const model = createInMemoryEventStore()
          for (const wave of waves) {
            // Submitted in one turn: the SQLite store commits the wave as one batch.
            const together = await Promise.allSettled(
              wave.map((a) =>
                sqlite.appendToStream(a.stream, a.events, { expectedRevision: a.expected }),
              ),
            )
            const oneByOne: PromiseSettledResult<unknown>[] = []
            for (const a of wave) {
              oneByOne.push(
                await model
                  .appendToStream(a.stream, a.events, { expectedRevision: a.expected })
                  .then(
                    (value) => ({ status: 'fulfilled' as const, value }),
                    (reason: unknown) => ({ status: 'rejected' as const, reason }),
                  ),
              )
            }
            expect(together.map(outcomeOf)).toEqual(oneByOne.map(outcomeOf))
          }
          expect(await logOf(sqlite)).toEqual(await logOf(model))
          await sqlite.close()
        },
      ),
      { numRuns: 150 },
    )
  })
})
