import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { databaseOf } from './sqlite-database-of.js'
import { createEventWindowReader } from './event-window-reader.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { appendAll, leanOf, randomAppends, randomTypes } from './test-support/random-appends.js'

describe('createEventWindowReader', () => {
  it('reads every lean window as the type, data and position of each event of the full window', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomAppends,
        fc.array(
          fc.record({
            after: fc.integer({ min: 0, max: 50 }),
            size: fc.integer({ min: 0, max: 50 }),
            types: randomTypes,
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (appends, windows) => {
          const store = createSqliteEventStore({ path: ':memory:' })
          try {
            await appendAll(store, appends)
            const reader = createEventWindowReader(databaseOf(store))
            for (const { after, size, types } of windows) {
              const lean = reader.readLean(after, after + size, types)
              expect(lean).toStrictEqual(leanOf(reader.read(after, after + size, types)))
              for (const event of lean) {
                expect(Object.keys(event)).toEqual(['type', 'data', 'position'])
              }
            }
          } finally {
            await store.close()
          }
        },
      ),
      { numRuns: 150 },
    )
  })
})
