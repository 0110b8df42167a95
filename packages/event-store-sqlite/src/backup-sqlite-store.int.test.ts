import { writeFile } from 'node:fs/promises'
import type { RecordedEvent } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { backupSqliteStore, verifySqliteStoreFile } from './backup-sqlite-store.js'
import { restoreSqliteStore } from './restore-sqlite-store.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { isSqliteStoreCorruptError } from './sqlite-store-errors.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()

const logOf = async (path: string, upTo = Infinity): Promise<unknown[]> => {
  const store = createSqliteEventStore({ path })
  const log: unknown[] = []
  for await (const event of store.readAll()) {
    if (event.position > upTo) break
    const { position, streamName, revision, id, type, data, metadata } = event as RecordedEvent
    log.push({ position, streamName, revision, id, type, data, metadata })
  }
  await store.close()
  return log
}

describe('backupSqliteStore', () => {
  it('copies a store under write load consistently, and the restore holds an identical log', async () => {
    const path = file('live.db')
    const store = createSqliteEventStore({ path, durability: 'normal' })
    let writing = true
    let appended = 0
    const writer = (async () => {
      for (let batch = 0; writing || batch < 50; batch++) {
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            store.appendToStream(`load-${batch}-${i}`, [
              { type: 'Loaded', data: { batch, i, padding: 'x'.repeat(200) } },
            ]),
          ),
        )
        appended += 20
      }
    })()
    while (appended < 2000) await new Promise((resolve) => setTimeout(resolve, 5))
    const copy = await backupSqliteStore(path, file('live.bak'))
    const appendedAtCopy = appended
    writing = false
    await writer
    await store.close()

    expect(copy.lastPosition).toBeGreaterThanOrEqual(2000)
    expect(copy.events).toBe(copy.lastPosition)
    expect(copy.bytes).toBeGreaterThan(0)
    // Appends went on while the copy was taken: the copy is a prefix, not the whole log.
    expect(appended).toBeGreaterThan(appendedAtCopy)
    const backedUp = await logOf(file('live.bak'))
    expect(backedUp).toEqual(await logOf(path, copy.lastPosition))

    const restored = await restoreSqliteStore(file('live.bak'), file('restored.db'))
    expect(restored.lastPosition).toBe(copy.lastPosition)
    expect(await logOf(file('restored.db'))).toEqual(backedUp)
  })

  it('refuses to restore over an existing store unless told to overwrite it', async () => {
    const store = createSqliteEventStore({ path: file('a.db') })
    await store.appendToStream('s-1', [{ type: 'Happened', data: {} }])
    await store.close()
    await backupSqliteStore(file('a.db'), file('a.bak'))
    await expect(restoreSqliteStore(file('a.bak'), file('a.db'))).rejects.toThrow(/exists/)
    const restored = await restoreSqliteStore(file('a.bak'), file('a.db'), { overwrite: true })
    expect(restored.lastPosition).toBe(1)
  })

  it('refuses to verify a file that is not a Wenming store', async () => {
    await writeFile(file('junk.db'), 'not a database at all, just text'.repeat(100))
    const error: unknown = await verifySqliteStoreFile(file('junk.db')).catch((e: unknown) => e)
    expect(isSqliteStoreCorruptError(error)).toBe(true)
  })
})
