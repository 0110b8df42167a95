import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { createSqliteIdempotencyStore } from './sqlite-idempotency-store.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()
const HOUR = 3_600_000

describe('createSqliteIdempotencyStore', () => {
  it('keeps a key across a reopen of the file, for its window', async () => {
    const path = file('keys.db')
    const store = createSqliteEventStore({ path })
    const keys = createSqliteIdempotencyStore(store)
    const t0 = Date.parse('2022-03-01T08:00:00Z')
    await keys.save({ key: 'u:k1', fingerprint: 'f1', response: '{"status":201}', recordedAt: t0 })
    await store.close()

    const reopened = createSqliteEventStore({ path })
    const again = createSqliteIdempotencyStore(reopened)
    await expect(again.find('u:k1', t0 + 23 * HOUR)).resolves.toEqual({
      key: 'u:k1',
      fingerprint: 'f1',
      response: '{"status":201}',
      recordedAt: t0,
    })
    await expect(again.find('u:k1', t0 + 25 * HOUR)).resolves.toBeUndefined()
    await expect(again.find('u:other', t0)).resolves.toBeUndefined()
    await reopened.close()
  })

  it('keeps the first record of a key and deletes expired ones as new ones are saved', async () => {
    const path = file('purge.db')
    const store = createSqliteEventStore({ path })
    const keys = createSqliteIdempotencyStore(store, { windowMs: HOUR })
    await Promise.all([
      keys.save({ key: 'a', fingerprint: 'f1', response: '1', recordedAt: 0 }),
      keys.save({ key: 'a', fingerprint: 'f2', response: '2', recordedAt: 1 }),
    ])
    expect((await keys.find('a', 2))?.fingerprint).toBe('f1')
    await keys.save({ key: 'b', fingerprint: 'f', response: '3', recordedAt: 2 * HOUR })
    const rows = new BetterSqlite3(path, { readonly: true })
    expect(rows.prepare('SELECT key FROM idempotency_keys').pluck().all()).toEqual(['b'])
    rows.close()
    await store.close()
  })

  it('waits for a write lock held elsewhere without failing the save', async () => {
    const path = file('locked-keys.db')
    const store = createSqliteEventStore({ path })
    const keys = createSqliteIdempotencyStore(store)
    const other = new BetterSqlite3(path)
    other.exec('BEGIN IMMEDIATE')
    setTimeout(() => other.exec('ROLLBACK'), 100)
    await keys.save({ key: 'a', fingerprint: 'f', response: '1', recordedAt: 0 })
    expect((await keys.find('a', 0))?.response).toBe('1')
    other.close()
    await store.close()
  })
})
