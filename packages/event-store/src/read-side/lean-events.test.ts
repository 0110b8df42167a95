import { createInMemoryEventStore } from '../in-memory-event-store.js'
import { createInMemoryProjectionStorage } from '../in-memory-projection-storage.js'
import { leanProjection } from '../projection.js'
import { type EventStore } from '../event-store.js'
import { type LeanEvent } from '../event-data.js'
import { describe, expect, it } from 'vitest'
import { readAllSource, type EventSource } from './event-source.js'
import { foldSlot } from './fold-slot.js'
import { createInMemoryReadModelStorage } from './in-memory-read-model-storage.js'
import { rebuildProjections } from './rebuild-projections.js'
import type { RowProjection } from './row-projection.js'
import { rowSlot } from './row-slot.js'
import { aCounter, streamTally } from './stream-tally.fixture.js'

/** A source with lean reads that counts which kind of read each pass made. */
const countingLeanSource = (store: EventStore) => {
  const whole = readAllSource(store)
  const reads = { whole: 0, lean: 0 }
  const source: EventSource = {
    read: (after, limit, types) => {
      reads.whole++
      return whole.read(after, limit, types)
    },
    readLean: async (after, limit, types) => {
      reads.lean++
      const batch = await whole.read(after, limit, types)
      const events = batch.events.map(({ type, data, position }) => ({ type, data, position }))
      return { ...batch, events }
    },
  }
  return { source, reads }
}

const seed = async (types: readonly string[]) => {
  const store = createInMemoryEventStore()
  for (const [i, type] of types.entries()) {
    await store.appendToStream(`s-${i % 2}`, [{ type, data: { i } }])
  }
  return store
}

/** The events a projection was handed, as it saw them. */
const recording = () => {
  const seen: LeanEvent[] = []
  const projection = leanProjection<number>({
    name: 'recording',
    initialState: () => 0,
    evolve: (count, event) => {
      seen.push(event)
      return count + 1
    },
  })
  return { seen, projection }
}

const leanCounter: RowProjection<{ totals: { count: number; last: number } }> = {
  ...aCounter,
  name: 'lean-a-counter',
  leanEvents: true,
}

describe('lean events', () => {
  it('reaches a pass whose projections all read only type, data and position', async () => {
    const store = await seed(['A', 'B', 'A'])
    const { source, reads } = countingLeanSource(store)
    const { seen, projection } = recording()
    const counter = createInMemoryReadModelStorage(leanCounter)
    await rebuildProjections({
      store,
      source,
      slots: [
        foldSlot(projection, createInMemoryProjectionStorage()),
        rowSlot(leanCounter, counter),
      ],
    })
    expect(reads.whole).toBe(0)
    expect(reads.lean).toBeGreaterThan(0)
    expect(seen).toEqual([
      { type: 'A', data: { i: 0 }, position: 1 },
      { type: 'B', data: { i: 1 }, position: 2 },
      { type: 'A', data: { i: 2 }, position: 3 },
    ])
    expect(counter.current()?.readModel.totals.get('a')).toEqual({ count: 2, last: 3 })
  })

  it('never reaches a projection that reads more, nor the others in its pass', async () => {
    const store = await seed(['A', 'B', 'A', 'Reset', 'A'])
    const { source, reads } = countingLeanSource(store)
    const { seen, projection } = recording()
    const tally = createInMemoryReadModelStorage(streamTally)
    await rebuildProjections({
      store,
      source,
      slots: [foldSlot(projection, createInMemoryProjectionStorage()), rowSlot(streamTally, tally)],
    })
    expect(reads.lean).toBe(0)
    expect(seen.map((event) => Object.keys(event).sort())).toEqual(
      seen.map(() => [
        'data',
        'id',
        'metadata',
        'position',
        'recordedAt',
        'revision',
        'streamName',
        'type',
      ]),
    )
    expect([...tally.current()!.readModel.streams.values()]).toEqual([
      { streamName: 's-0', count: 3, positions: [1, 3, 5] },
    ])
  })

  it('falls back to whole events where the source has no lean reads', async () => {
    const store = await seed(['A', 'A'])
    const { seen, projection } = recording()
    await rebuildProjections({
      store,
      slots: [foldSlot(projection, createInMemoryProjectionStorage())],
    })
    expect(seen.map((event) => event.position)).toEqual([1, 2])
    expect(seen.every((event) => 'streamName' in event)).toBe(true)
  })
})
