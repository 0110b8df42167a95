import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { databaseOf } from './sqlite-database-of.js'
import { createSqliteEventStore, type SqliteEventStore } from './sqlite-event-store.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()
const distEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url))
const PAGE = 4096
const ROUNDS = 10
const EVENTS_PER_ROUND = 200

/** Writes ROUNDS x EVENTS_PER_ROUND page-sized events with pauses, returns the largest WAL seen. */
const writeAndWatchWal = async (path: string, checkpoints: 'inline' | 'background') => {
  const store = createSqliteEventStore({ path, checkpoints, durability: 'normal' })
  const filler = 'x'.repeat(PAGE)
  let largestWal = 0
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      Array.from({ length: EVENTS_PER_ROUND }, (_, i) =>
        store.appendToStream(`s-${round}-${i}`, [{ type: 'Filler', data: { filler } }]),
      ),
    )
    await sleep(150)
    largestWal = Math.max(largestWal, statSync(`${path}-wal`).size)
  }
  const autocheckpoint = databaseOf(store).pragma('wal_autocheckpoint', { simple: true })
  await store.close()
  return { largestWal, autocheckpoint }
}

describe('background checkpoints', () => {
  it('keep the WAL short from a worker thread while the writer only keeps a far backstop', async () => {
    const { largestWal, autocheckpoint } = await writeAndWatchWal(file('bg.db'), 'background')
    expect(autocheckpoint).toBe(10_000)
    // ~2,000 pages were written; the writer alone would not have checkpointed below 10,000.
    expect(largestWal).toBeLessThan(600 * PAGE)
  }, 30_000)

  it('are off by default: the writer checkpoints every 1,000 pages itself', async () => {
    const { autocheckpoint } = await writeAndWatchWal(file('inline.db'), 'inline')
    expect(autocheckpoint).toBe(1000)
  }, 30_000)

  it('run by default with durability normal, from the first append; inline with full', async () => {
    const autocheckpoint = (store: SqliteEventStore) =>
      databaseOf(store).pragma('wal_autocheckpoint', { simple: true })
    const normal = createSqliteEventStore({ path: file('default-normal.db'), durability: 'normal' })
    // A store that only reads starts no thread.
    for await (const _event of normal.readAll()) break
    expect(autocheckpoint(normal)).toBe(1000)
    await normal.appendToStream('s', [{ type: 'A', data: {} }])
    expect(autocheckpoint(normal)).toBe(10_000)
    await normal.close()
    const full = createSqliteEventStore({ path: file('default-full.db') })
    await full.appendToStream('s', [{ type: 'A', data: {} }])
    expect(autocheckpoint(full)).toBe(1000)
    await full.close()
  })

  it('stop with the store: close resolves and the file reopens', async () => {
    const path = file('close.db')
    const store = createSqliteEventStore({ path, checkpoints: 'background' })
    await store.appendToStream('s', [{ type: 'A', data: {} }])
    await store.close()
    const again = createSqliteEventStore({ path })
    expect(databaseOf(again).pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    await again.close()
  })

  it('let a process that awaits close at the top level finish normally', () => {
    // The worker does not hold the process open, but a pending stop must (else Node exits 13).
    const source = `
      import { createSqliteEventStore } from ${JSON.stringify(pathToFileURL(distEntry).href)}
      const store = createSqliteEventStore({ path: process.argv[1], checkpoints: 'background' })
      await store.appendToStream('s', [{ type: 'A', data: {} }])
      await store.close()
      process.stdout.write('closed')
    `
    const child = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', source, file('toplevel.db')],
      { encoding: 'utf8', timeout: 20_000 },
    )
    expect({ status: child.status, stdout: child.stdout }).toEqual({ status: 0, stdout: 'closed' })
  })
})
