import { writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { backupSqliteStore } from './backup-sqlite-store.js'
import { restoreSqliteStore } from './restore-sqlite-store.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { isSqliteStoreCorruptError, isSqliteStoreLockedError } from './sqlite-store-errors.js'
import { holdStore } from './test-support/store-holder.js'
import { useTempDir } from './test-support/temp-dir.js'
import { verifySqliteStoreFile } from './verify-sqlite-store-file.js'

const file = useTempDir()

/** Every recorded field of the log up to `upTo`, read through a store of its own. */
const logOf = async (path: string, upTo = Infinity): Promise<unknown[]> => {
  const store = createSqliteEventStore({ path })
  const log: unknown[] = []
  try {
    for await (const event of store.readAll()) {
      if (event.position > upTo) break
      log.push({ ...event, recordedAt: event.recordedAt.getTime() })
    }
  } finally {
    await store.close()
  }
  return log
}

describe('backupSqliteStore and restoreSqliteStore', () => {
  it(
    'copy a store another process keeps appending to, and the restore holds the same log event by event',
    // A loaded 2-core machine: the writer and the copy share it with the other test runs.
    { timeout: 180_000 },
    async () => {
      const path = file('live.db')
      const writer = await holdStore(path, 'append')
      let copy: Awaited<ReturnType<typeof backupSqliteStore>>
      try {
        await writer.reached(2000)
        copy = await backupSqliteStore(path, file('live.bak'))
        // The writer went on after the copy: the copy is a consistent prefix, not the whole log.
        await writer.reached(copy.lastPosition + 100)
      } finally {
        expect(await writer.stop()).toBe(0)
      }
      expect(copy.lastPosition).toBeGreaterThanOrEqual(2000)
      expect(copy.events).toBe(copy.lastPosition)
      expect(copy.bytes).toBeGreaterThan(0)
      // One self-contained file: no write-ahead log beside it.
      expect(existsSync(file('live.bak-wal'))).toBe(false)
      const backedUp = await logOf(file('live.bak'))
      expect(backedUp).toHaveLength(copy.lastPosition)
      expect(backedUp).toEqual(await logOf(path, copy.lastPosition))

      const restored = await restoreSqliteStore(file('live.bak'), file('restored.db'))
      expect(restored.lastPosition).toBe(copy.lastPosition)
      expect(await logOf(file('restored.db'))).toEqual(backedUp)
    },
  )

  it('refuse a backup over an existing file', async () => {
    const store = createSqliteEventStore({ path: file('b.db') })
    await store.appendToStream('s-1', [{ type: 'Happened', data: {} }])
    await store.close()
    await writeFile(file('taken.bak'), 'mine')
    await expect(backupSqliteStore(file('b.db'), file('taken.bak'))).rejects.toThrow(/exists/)
  })

  it('refuse to restore over an existing store unless told to overwrite it', async () => {
    const store = createSqliteEventStore({ path: file('a.db') })
    await store.appendToStream('s-1', [{ type: 'Happened', data: {} }])
    await store.close()
    await backupSqliteStore(file('a.db'), file('a.bak'))
    await expect(restoreSqliteStore(file('a.bak'), file('a.db'))).rejects.toThrow(/exists/)
    const restored = await restoreSqliteStore(file('a.bak'), file('a.db'), { overwrite: true })
    expect(restored.lastPosition).toBe(1)
  })

  it('refuse to restore over a store another process has open, even when told to overwrite', async () => {
    const store = createSqliteEventStore({ path: file('c.db') })
    await store.appendToStream('s-1', [{ type: 'Happened', data: {} }])
    await store.close()
    await backupSqliteStore(file('c.db'), file('c.bak'))
    const holder = await holdStore(file('held.db'), 'idle')
    try {
      const error: unknown = await restoreSqliteStore(file('c.bak'), file('held.db'), {
        overwrite: true,
      }).catch((e: unknown) => e)
      expect(isSqliteStoreLockedError(error)).toBe(true)
    } finally {
      await holder.stop()
    }
    expect(await logOf(file('held.db'))).toEqual([])
  })
})

describe('verifySqliteStoreFile', () => {
  it('refuses a file that is not a Wenming store', async () => {
    await writeFile(file('junk.db'), 'not a database at all, just text'.repeat(100))
    const error: unknown = await verifySqliteStoreFile(file('junk.db')).catch((e: unknown) => e)
    expect(isSqliteStoreCorruptError(error)).toBe(true)
  })
})
