import { readFile } from 'node:fs/promises'
import { ERASED, type RecordedEvent } from '@wenming/event-store'
import { contractPolicy } from '@wenming/event-store/testing'
import { describe, expect, it } from 'vitest'
import { backupSqliteKeys } from './backup-sqlite-keys.js'
import { backupSqliteStore } from './backup-sqlite-store.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { databaseOf } from './sqlite-database-of.js'
import { createSqliteIdempotencyStore } from './sqlite-idempotency-store.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()

const namesIn = async (events: AsyncIterable<RecordedEvent>): Promise<unknown[]> => {
  const names: unknown[] = []
  for await (const event of events) {
    names.push((event.data as { profile: { name: string } }).profile.name)
  }
  return names
}

const registered = (personId: string, name: string) => ({
  type: 'PersonRegistered',
  data: { personId, siteId: 's', profile: { name, phone: '13800001234' } },
})

describe('backups of a store that seals personal data', () => {
  it('copies the log without its keys, and the keys on their own', async () => {
    const path = file('live.db')
    const store = createSqliteEventStore({ path, personalData: { policy: contractPolicy } })
    await store.appendToStream('people', [registered('li', 'Li Lei'), registered('wang', 'Wang')])
    await backupSqliteStore(store.path, file('log-copy.db'))
    await backupSqliteKeys(store, file('keys-copy.keys'))
    expect((await readFile(file('log-copy.db'))).toString('latin1')).not.toContain('Li Lei')
    await store.close()

    const withKeys = createSqliteEventStore({
      path: file('log-copy.db'),
      personalData: { policy: contractPolicy, keysPath: file('keys-copy.keys') },
    })
    expect(await namesIn(withKeys.readAll())).toEqual(['Li Lei', 'Wang'])
    await withKeys.close()

    const withoutKeys = createSqliteEventStore({
      path: file('log-copy.db'),
      personalData: { policy: contractPolicy, keysPath: file('no-such.keys') },
    })
    expect(await namesIn(withoutKeys.readAll())).toEqual([ERASED, ERASED])
    await withoutKeys.close()
  })

  it('reads a backup taken before an erasure with the erased person erased', async () => {
    const path = file('erasing.db')
    const store = createSqliteEventStore({ path, personalData: { policy: contractPolicy } })
    await store.appendToStream('people', [registered('li', 'Li Lei'), registered('wang', 'Wang')])
    await backupSqliteStore(store.path, file('before-erasure.db'))
    await store.erasePersonalData?.('li')
    await store.close()
    // The old log restored beside the live key file.
    const restored = createSqliteEventStore({
      path: file('before-erasure.db'),
      personalData: { policy: contractPolicy, keysPath: `${path}.keys` },
    })
    expect(await namesIn(restored.readAll())).toEqual([ERASED, 'Wang'])
    await restored.close()
  })

  it('leaves out read models and stored responses, which may hold personal values in clear', async () => {
    const path = file('with-models.db')
    const store = createSqliteEventStore({ path, personalData: { policy: contractPolicy } })
    await store.appendToStream('people', [registered('li', 'Li Lei')])
    databaseOf(store).exec(
      'CREATE TABLE rm_people_rows (key TEXT PRIMARY KEY, row TEXT NOT NULL); INSERT INTO rm_people_rows VALUES (\'li\', \'{"name":"Li Lei"}\')',
    )
    await createSqliteIdempotencyStore(store).save({
      key: 'k-1',
      fingerprint: 'f',
      response: '{"name":"Li Lei"}',
      recordedAt: Date.now(),
    })
    await backupSqliteStore(store.path, file('models-copy.db'))
    await store.close()
    expect((await readFile(file('models-copy.db'))).toString('latin1')).not.toContain('Li Lei')
    const copy = createSqliteEventStore({
      path: file('models-copy.db'),
      personalData: { policy: contractPolicy, keysPath: `${path}.keys` },
    })
    expect(await namesIn(copy.readAll())).toEqual(['Li Lei'])
    await copy.close()
  })

  it('refuses to back up the keys of a store that keeps none', async () => {
    const store = createSqliteEventStore({ path: file('plain.db') })
    await expect(backupSqliteKeys(store, file('none.keys'))).rejects.toThrow(/keeps no data keys/)
    await store.close()
  })
})
