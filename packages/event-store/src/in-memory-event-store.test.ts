import { describe, expect, it } from 'vitest'
import { createInMemoryEventStore } from './in-memory-event-store.js'
import { eventStoreContract } from './testing/event-store-contract.js'

eventStoreContract('in-memory', { create: () => createInMemoryEventStore() })

describe('createInMemoryEventStore', () => {
  it('rejects an append that repeats an event id within itself and writes nothing', async () => {
    const store = createInMemoryEventStore()
    const append = store.appendToStream('s', [
      { type: 'A', data: {}, id: 'same' },
      { type: 'B', data: {}, id: 'same' },
    ])
    await expect(append).rejects.toThrow(/appears twice/)
    const read: unknown[] = []
    for await (const event of store.readAll()) read.push(event)
    expect(read).toEqual([])
  })

  it('refuses to append once closed', async () => {
    const store = createInMemoryEventStore()
    await store.close()
    await expect(store.appendToStream('s', [{ type: 'A', data: {} }])).rejects.toThrow(/closed/)
  })
})
