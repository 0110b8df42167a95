import {
  createInMemoryEventStore,
  createInMemoryReadModelStorage,
  readAllSource,
  type EventSource,
  type RowProjection,
} from '@wenming/event-store'
import { rowSlot, scanLastPosition } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { startLiveProjections } from './live-projections.js'

const eventCount: RowProjection<{ totals: { count: number } }> = {
  name: 'event-count',
  tables: ['totals'],
  changes: (readModel) => [
    { table: 'totals', key: 'all', row: { count: (readModel.totals.get('all')?.count ?? 0) + 1 } },
  ],
}

const until = async (done: () => boolean): Promise<void> => {
  const deadline = Date.now() + 5000
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
}

describe('startLiveProjections', () => {
  it('ends a catch-up at the log end as it starts, though appends go on between its slices', async () => {
    const store = createInMemoryEventStore()
    for (let i = 0; i < 500; i++)
      await store.appendToStream(`s-${i % 3}`, [{ type: 'A', data: {} }])
    const log = readAllSource(store)
    // Another writer appends an event during every read of the log.
    const source: EventSource = {
      read: async (after, limit, types) => {
        await store.appendToStream('other', [{ type: 'B', data: {} }])
        return log.read(after, limit, types)
      },
      lastPosition: () => scanLastPosition(store),
    }
    const live = await startLiveProjections({
      store,
      slots: [rowSlot(eventCount, createInMemoryReadModelStorage(eventCount))],
      source,
      intervalMs: 200,
      sliceMs: 0,
    })
    await until(() => live.ready())
    const { checkpoint } = live.freshness('event-count')
    await live.stop()
    expect(checkpoint).toBe(500)
    expect(live.runner.readModel(eventCount).totals.get('all')?.count).toBe(500)
    expect(await scanLastPosition(store)).toBeGreaterThan(500)
  })
})
