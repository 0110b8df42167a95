import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEventWindowReader } from './event-window-reader.js'
import { createReadAheadWindowReader } from './read-ahead-window-reader.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()
const TYPES = ['A', 'B', 'C']

describe('createReadAheadWindowReader', () => {
  it('reads every window as the in-thread reader does, whether or not it was read ahead', async () => {
    const path = file('ahead.db')
    const store = createSqliteEventStore({ path, durability: 'normal' })
    for (let i = 0; i < 300; i++) {
      await store.appendToStream(`s-${i % 7}`, [
        { type: TYPES[i % 3]!, data: { i, name: `队伍${i}` }, metadata: { n: i } },
      ])
    }
    const direct = createEventWindowReader(store.database)
    const ahead = createReadAheadWindowReader(path)
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              size: fc.integer({ min: 1, max: 80 }),
              types: fc.option(fc.subarray(TYPES, { minLength: 1 }), { nil: undefined }),
              jump: fc.boolean(),
            }),
            { minLength: 1, maxLength: 12 },
          ),
          async (windows) => {
            let after = 0
            for (const { size, types, jump } of windows) {
              if (jump) after = (after * 7 + 13) % 300
              const until = after + size
              expect(await ahead.read(after, until, types)).toEqual(
                direct.read(after, until, types),
              )
              after = until
            }
          },
        ),
        { numRuns: 40 },
      )
    } finally {
      await ahead.close()
      await store.close()
    }
  })

  it('fails reads once closed, and reports a file it cannot open', async () => {
    const path = file('closed.db')
    const store = createSqliteEventStore({ path })
    await store.appendToStream('s', [{ type: 'A', data: {} }])
    const ahead = createReadAheadWindowReader(path)
    expect(await ahead.read(0, 1)).toHaveLength(1)
    await ahead.close()
    await expect(ahead.read(1, 2)).rejects.toThrow(/stopped/)
    await store.close()
    const missing = createReadAheadWindowReader(file('missing.db'))
    await expect(missing.read(0, 10)).rejects.toThrow()
    await missing.close()
  })
})
