import { spawnSync } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { RecordedEvent } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { databaseOf } from './sqlite-database-of.js'
import { createEventWindowReader } from './event-window-reader.js'
import { createReadAheadWindowReader } from './read-ahead-window-reader.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { appendAll, leanOf, randomAppends } from './test-support/random-appends.js'
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
    const direct = createEventWindowReader(databaseOf(store))
    const ahead = createReadAheadWindowReader(path)
    const aheadFromStart = createReadAheadWindowReader(path, { inThread: direct })
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
              const expected = direct.read(after, until, types)
              expect(await ahead.read(after, until, types)).toEqual(expected)
              expect(await aheadFromStart.read(after, until, types)).toEqual(expected)
              after = until
            }
          },
        ),
        { numRuns: 40 },
      )
    } finally {
      await ahead.close()
      await aheadFromStart.close()
      await store.close()
    }
  })

  it('reads windows in-thread while the worker starts, then from the worker, one ahead', async () => {
    const path = file('starting.db')
    const store = createSqliteEventStore({ path, durability: 'normal' })
    for (let i = 0; i < 200; i++) await store.appendToStream('s', [{ type: 'A', data: { i } }])
    const direct = createEventWindowReader(databaseOf(store))
    let inThreadReads = 0
    const counting = {
      ...direct,
      read: (after: number, until: number, types?: readonly string[]) => {
        inThreadReads++
        return direct.read(after, until, types)
      },
    }
    const ahead = createReadAheadWindowReader(path, { inThread: counting })
    try {
      // The worker cannot have opened its connection yet: the first window is read here.
      expect(await ahead.read(0, 1)).toEqual(direct.read(0, 1))
      expect(inThreadReads).toBe(1)
      let after = 1
      const readNext = async () => {
        expect(await ahead.read(after, after + 1)).toEqual(direct.read(after, after + 1))
        after++
      }
      // Once the worker is ready, the window after it was first asked is read here, the rest ahead.
      for (let waited = 0; waited < 20_000; waited += 20) {
        const before = inThreadReads
        await readNext()
        await readNext()
        if (inThreadReads === before) break
        await sleep(20)
      }
      const settled = inThreadReads
      for (let i = 0; i < 20; i++) await readNext()
      expect(inThreadReads).toBe(settled)
      expect(settled).toBeGreaterThan(1)
    } finally {
      await ahead.close()
      await store.close()
    }
    await expect(ahead.read(0, 1)).rejects.toThrow(/stopped/)
  })

  it('hands out lean and full windows of the kind asked for, whichever kind was read ahead', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        randomAppends,
        fc.integer({ min: 1, max: 12 }),
        fc.array(
          fc.record({
            lean: fc.boolean(),
            // Few filters, jumps and new sizes, so the window read ahead is often the one asked for.
            types: fc.constantFrom(undefined, ['A', 'say "hi"'], ['say "hi"', 'A'], ['B']),
            jump: fc.constantFrom(false, false, false, true),
            resize: fc.oneof(
              { arbitrary: fc.constant(undefined), weight: 3 },
              { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 1 },
            ),
          }),
          { minLength: 1, maxLength: 10 },
        ),
        async (appends, firstSize, windows) => {
          const path = file(`lean-${run++}.db`)
          const store = createSqliteEventStore({ path, durability: 'normal' })
          await appendAll(store, appends)
          const direct = createEventWindowReader(databaseOf(store))
          const ahead = createReadAheadWindowReader(path)
          try {
            let after = 0
            let size = firstSize
            for (const { lean, types, jump, resize } of windows) {
              if (jump) after = (after * 7 + 5) % 40
              size = resize ?? size
              const until = after + size
              const full = direct.read(after, until, types)
              if (lean) {
                expect(await ahead.readLean(after, until, types)).toStrictEqual(leanOf(full))
              } else {
                expect(await ahead.read(after, until, types)).toStrictEqual(full)
              }
              after = until
            }
          } finally {
            await ahead.close()
            await store.close()
          }
        },
      ),
      { numRuns: 30 },
    )
    // Time to shrink a failure: each run writes a file and starts a worker.
  }, 60_000)

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

describe('readAll read ahead on a worker', () => {
  const collect = async (events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> => {
    const all: RecordedEvent[] = []
    for await (const event of events) all.push(event)
    return all
  }

  it('reads what the in-thread readAll reads, for any start and count', async () => {
    const path = file('read-all-ahead.db')
    const ahead = createSqliteEventStore({ path, readAheadFrom: 0 })
    for (let i = 0; i < 40; i++) {
      await ahead.appendToStream(`s-${i % 3}`, [
        { type: 'A', data: { i } },
        { type: 'B', data: { i } },
      ])
    }
    const inThread = createSqliteEventStore({ path, readAheadFrom: Infinity })
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 90 }),
        fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
        async (fromPosition, maxCount) => {
          const options = maxCount === undefined ? { fromPosition } : { fromPosition, maxCount }
          expect(await collect(ahead.readAll(options))).toEqual(
            await collect(inThread.readAll(options)),
          )
        },
      ),
      { numRuns: 30 },
    )
    // Leaving a loop early closes the worker; the store then closes at once.
    for await (const event of ahead.readAll()) if (event.position === 3) break
    await inThread.close()
    await ahead.close()
  })

  it('works in a process started with --input-type=module and lets it end', () => {
    const distEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url))
    const source = `
      import { createSqliteEventStore } from ${JSON.stringify(pathToFileURL(distEntry).href)}
      const store = createSqliteEventStore({ path: process.argv[1], readAheadFrom: 0 })
      for (let i = 0; i < 5; i++) await store.appendToStream('s', [{ type: 'A', data: { i } }])
      let n = 0
      for await (const event of store.readAll()) n += event.data.i
      await store.close()
      process.stdout.write(String(n))
    `
    const child = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', source, file('esm-child.db')],
      { encoding: 'utf8', timeout: 20_000 },
    )
    expect({ status: child.status, stdout: child.stdout, stderr: child.stderr }).toEqual({
      status: 0,
      stdout: '10',
      stderr: '',
    })
  })
})
