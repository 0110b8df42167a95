import { randomUUID } from 'node:crypto'
import { eventStoreContract } from '@wenming/event-store/testing'
import { describe, expect, it } from 'vitest'
import { createPostgresEventStore } from './postgres-event-store.js'
import { useTestDatabase } from './test-support/test-database.js'

const url = useTestDatabase()

eventStoreContract('postgres (group commit)', {
  create: () => createPostgresEventStore({ connectionString: url(), maxConnections: 4 }),
  raceWidth: 32,
})
eventStoreContract('postgres (one transaction per append, separate connections)', {
  create: () =>
    createPostgresEventStore({ connectionString: url(), groupCommit: false, maxConnections: 16 }),
  raceWidth: 16,
})
eventStoreContract('postgres (a district handle)', {
  create: () => {
    const root = createPostgresEventStore({ connectionString: url(), maxConnections: 4 })
    return { ...root.inDistrict('district-a'), close: () => root.close() }
  },
})

describe('the PostgreSQL store under group commit', () => {
  it('keeps the order and outcome of appends sent at once to one stream, and of a command sent twice', async () => {
    const store = createPostgresEventStore({ connectionString: url(), maxConnections: 2 })
    const stream = `burst-${randomUUID()}`
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.appendToStream(stream, [{ type: 'Burst', data: { i }, id: `${stream}-${i % 10}` }]),
      ),
    )
    // Ten distinct ids, each sent twice at once: ten events, and each twin gets the original result.
    for (let i = 0; i < 10; i++) expect(results[i + 10]).toEqual(results[i])
    const events: number[] = []
    for await (const event of store.readStream(stream)) events.push((event.data as { i: number }).i)
    expect(events).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    await store.close()
  })
})
