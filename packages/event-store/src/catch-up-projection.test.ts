import { describe, expect, it } from 'vitest'
import { catchUpProjection } from './catch-up-projection.js'
import { createInMemoryEventStore } from './in-memory-event-store.js'
import { createInMemoryProjectionStorage } from './in-memory-projection-storage.js'
import type { Projection } from './projection.js'

const typesSeen: Projection<string[]> = {
  name: 'types-seen',
  initialState: () => [],
  evolve: (seen, event) => [...seen, `${event.position}:${event.type}`],
}

const seed = async (count: number) => {
  const store = createInMemoryEventStore()
  for (let i = 0; i < count; i++) {
    await store.appendToStream(`s-${i % 3}`, [{ type: `E${i}`, data: {} }])
  }
  return store
}

describe('catchUpProjection', () => {
  it('applies every event once, in position order, and saves the checkpoint', async () => {
    const store = await seed(7)
    const storage = createInMemoryProjectionStorage<string[]>()
    const progress: number[] = []
    const result = await catchUpProjection({
      store,
      projection: typesSeen,
      storage,
      batchSize: 3,
      onProgress: (p) => progress.push(p.checkpoint),
    })
    expect(result.readModel).toEqual(['1:E0', '2:E1', '3:E2', '4:E3', '5:E4', '6:E5', '7:E6'])
    expect(result.checkpoint).toBe(7)
    expect(progress).toEqual([3, 6, 7])
    expect(storage.current()).toEqual({ readModel: result.readModel, checkpoint: 7 })
  })

  it('resumes from the stored checkpoint without applying an event twice', async () => {
    const store = await seed(4)
    const storage = createInMemoryProjectionStorage<string[]>()
    await catchUpProjection({ store, projection: typesSeen, storage, untilPosition: 2 })
    await store.appendToStream('s-9', [{ type: 'Late', data: {} }])
    const result = await catchUpProjection({ store, projection: typesSeen, storage })
    expect(result.readModel).toEqual(['1:E0', '2:E1', '3:E2', '4:E3', '5:Late'])
    expect(result.eventsRead).toBe(3)
  })

  it('skips events outside the projection event types but still moves the checkpoint', async () => {
    const store = await seed(5)
    const storage = createInMemoryProjectionStorage<string[]>()
    const result = await catchUpProjection({
      store,
      projection: { ...typesSeen, eventTypes: ['E1', 'E3'] },
      storage,
    })
    expect(result).toMatchObject({ readModel: ['2:E1', '4:E3'], checkpoint: 5 })
  })
})
