import { describe, expect, it } from 'vitest'
import { createInMemoryEventStore } from '../in-memory-event-store.js'
import { createInMemoryProjectionStorage } from '../in-memory-projection-storage.js'
import type { Projection } from '../projection.js'
import { foldSlot } from './fold-slot.js'
import { openProjectionRunner } from './projection-runner.js'

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

describe('foldSlot', () => {
  it('applies every event once, in position order, and saves the checkpoint after each batch', async () => {
    const store = await seed(7)
    const storage = createInMemoryProjectionStorage<string[]>()
    const runner = await openProjectionRunner({
      store,
      slots: [foldSlot(typesSeen, storage)],
      batchSize: 3,
    })
    const progress: number[] = []
    const result = await runner.catchUp({ onProgress: (p) => progress.push(p.position) })
    const readModel = runner.readModel(typesSeen)
    expect(readModel).toEqual(['1:E0', '2:E1', '3:E2', '4:E3', '5:E4', '6:E5', '7:E6'])
    expect(result).toEqual({ position: 7, eventsRead: 7 })
    expect(progress).toEqual([3, 6, 7])
    expect(storage.current()).toEqual({ readModel, checkpoint: 7 })
  })

  it('resumes from the stored checkpoint without applying an event twice', async () => {
    const store = await seed(4)
    const storage = createInMemoryProjectionStorage<string[]>()
    const first = await openProjectionRunner({ store, slots: [foldSlot(typesSeen, storage)] })
    await first.catchUp({ untilPosition: 2 })
    await store.appendToStream('s-9', [{ type: 'Late', data: {} }])
    const second = await openProjectionRunner({ store, slots: [foldSlot(typesSeen, storage)] })
    const result = await second.catchUp()
    expect(second.readModel(typesSeen)).toEqual(['1:E0', '2:E1', '3:E2', '4:E3', '5:Late'])
    expect(result.eventsRead).toBe(3)
  })

  it('skips events outside the projection event types but still moves the checkpoint', async () => {
    const store = await seed(5)
    const storage = createInMemoryProjectionStorage<string[]>()
    const projection = { ...typesSeen, eventTypes: ['E1', 'E3'] }
    const runner = await openProjectionRunner({ store, slots: [foldSlot(projection, storage)] })
    await runner.catchUp()
    expect(storage.current()).toEqual({ readModel: ['2:E1', '4:E3'], checkpoint: 5 })
  })
})
