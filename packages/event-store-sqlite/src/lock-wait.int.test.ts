import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { isSqliteStoreLockedError } from './sqlite-store-errors.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()

/** The longest delay of a 5 ms timer chain while `during` runs: how long the event loop froze. */
const loopLag = async (during: Promise<unknown>): Promise<number> => {
  let worst = 0
  let done = false
  void during.finally(() => (done = true)).catch(() => undefined)
  while (!done) {
    const started = performance.now()
    await new Promise((resolve) => setTimeout(resolve, 5))
    worst = Math.max(worst, performance.now() - started - 5)
  }
  return worst
}

describe('waiting for a write lock another connection holds', () => {
  it('keeps the event loop free and commits once the lock is released', async () => {
    const path = file('held.db')
    const store = createSqliteEventStore({ path, busyTimeoutMs: 5000 })
    await store.appendToStream('s', [{ type: 'A', data: {} }])
    const other = new BetterSqlite3(path)
    other.exec('BEGIN IMMEDIATE')
    setTimeout(() => other.exec('ROLLBACK'), 300)
    const started = performance.now()
    const append = store.appendToStream('s', [{ type: 'B', data: {} }])
    const lag = await loopLag(append)
    await expect(append).resolves.toMatchObject({ nextExpectedRevision: 1 })
    // Blocked, the loop would freeze for the whole 5 s; the margin is for a loaded machine.
    expect(lag).toBeLessThan(1000)
    expect(performance.now() - started).toBeLessThan(3000)
    other.close()
    await store.close()
  })

  it('gives up with a locked error at its deadline, without blocking the loop meanwhile', async () => {
    const path = file('held-long.db')
    const store = createSqliteEventStore({ path, busyTimeoutMs: 2000 })
    await store.appendToStream('s', [{ type: 'A', data: {} }])
    const other = new BetterSqlite3(path)
    other.exec('BEGIN IMMEDIATE')
    const started = performance.now()
    const append = store.appendToStream('s', [{ type: 'B', data: {} }])
    const lag = await loopLag(append)
    const error: unknown = await append.catch((e: unknown) => e)
    expect(isSqliteStoreLockedError(error)).toBe(true)
    expect(lag).toBeLessThan(1000)
    expect(performance.now() - started).toBeGreaterThanOrEqual(1990)
    other.exec('ROLLBACK')
    other.close()
    await expect(store.appendToStream('s', [{ type: 'C', data: {} }])).resolves.toMatchObject({
      nextExpectedRevision: 1,
    })
    await store.close()
  })
})
