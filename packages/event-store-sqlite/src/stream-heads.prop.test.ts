import type { RecordedEvent } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { useTempDir } from './test-support/temp-dir.js'

const fileIn = useTempDir()

type Step =
  | { kind: 'append'; by: 'this' | 'other'; stream: string; events: number }
  | { kind: 'read'; stream: string; from: number }

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('append' as const),
    by: fc.constantFrom('this' as const, 'other' as const),
    stream: fc.constantFrom('a', 'b'),
    events: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('read' as const),
    stream: fc.constantFrom('a', 'b', 'none'),
    from: fc.integer({ min: 0, max: 8 }),
  }),
)

const revisions = async (events: AsyncIterable<RecordedEvent>): Promise<number[]> => {
  const read: number[] = []
  for await (const event of events) read.push(event.revision)
  return read
}

describe('reads answered from known stream heads', () => {
  it('see every event, whichever connection (this store or another on the file) appended it', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { maxLength: 40 }), async (steps) => {
        const path = fileIn(`heads-${run++}.db`)
        const store = createSqliteEventStore({ path, durability: 'normal' })
        const other = createSqliteEventStore({ path, durability: 'normal' })
        // The model: how many events each stream holds.
        const lengths = new Map<string, number>()
        try {
          for (const step of steps) {
            const length = lengths.get(step.stream) ?? 0
            if (step.kind === 'append') {
              const events = Array.from({ length: step.events }, () => ({ type: 'X', data: {} }))
              await (step.by === 'this' ? store : other).appendToStream(step.stream, events)
              lengths.set(step.stream, length + step.events)
              continue
            }
            const expected = Array.from(
              { length: Math.max(0, length - step.from) },
              (_, i) => step.from + i,
            )
            expect(
              await revisions(store.readStream(step.stream, { fromRevision: step.from })),
            ).toEqual(expected)
          }
        } finally {
          await other.close()
          await store.close()
        }
      }),
      { numRuns: 150 },
    )
  })
})
