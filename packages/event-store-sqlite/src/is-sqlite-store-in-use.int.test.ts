import { describe, expect, it } from 'vitest'
import { isSqliteStoreInUse } from './is-sqlite-store-in-use.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { holdStore } from './test-support/store-holder.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()

describe('isSqliteStoreInUse', () => {
  it('finds no holder of a missing file or of a store nobody has open', async () => {
    expect(isSqliteStoreInUse(file('missing.db'))).toBe(false)
    const store = createSqliteEventStore({ path: file('closed.db') })
    await store.appendToStream('s-1', [{ type: 'Happened', data: {} }])
    await store.close()
    expect(isSqliteStoreInUse(file('closed.db'))).toBe(false)
    // The probe leaves the store as it was: it opens and reads the same log.
    const reopened = createSqliteEventStore({ path: file('closed.db') })
    const types: string[] = []
    for await (const event of reopened.readAll()) types.push(event.type)
    await reopened.close()
    expect(types).toEqual(['Happened'])
  })

  it('finds a store open in this process, until it is closed', async () => {
    const store = createSqliteEventStore({ path: file('open.db') })
    expect(isSqliteStoreInUse(file('open.db'))).toBe(true)
    await store.appendToStream('s-1', [{ type: 'Happened', data: {} }])
    expect(isSqliteStoreInUse(file('open.db'))).toBe(true)
    await store.close()
    expect(isSqliteStoreInUse(file('open.db'))).toBe(false)
  })

  it('finds a store another process holds open, idle, until that process ends', async () => {
    const holder = await holdStore(file('held.db'), 'idle')
    try {
      expect(isSqliteStoreInUse(file('held.db'))).toBe(true)
    } finally {
      expect(await holder.stop()).toBe(0)
    }
    expect(isSqliteStoreInUse(file('held.db'))).toBe(false)
  })
})
