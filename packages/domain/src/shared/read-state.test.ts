import { createInMemoryEventStore, type Decider } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { readState } from './read-state.js'

type Counted = { type: 'Counted'; data: { by: number } }
type Tally = Pick<Decider<never, Counted, number>, 'initialState' | 'evolve'>
const sum: Tally = { initialState: 0, evolve: (total, event) => total + event.data.by }
const count: Tally = { initialState: 0, evolve: (n) => n + 1 }

const counted = (...amounts: number[]) =>
  amounts.map((by) => ({ type: 'Counted', data: { by }, metadata: { commandId: `c${by}` } }))

describe('readState', () => {
  it('folds a long stream again after appends, with each decider on its own', async () => {
    const store = createInMemoryEventStore()
    await store.appendToStream('tally-1', counted(...Array.from({ length: 30 }, () => 2)))
    expect(await readState(store, sum, 'tally-1')).toBe(60)
    expect(await readState(store, count, 'tally-1')).toBe(30)
    await store.appendToStream('tally-1', counted(5, 7))
    expect(await readState(store, sum, 'tally-1')).toBe(72)
    expect(await readState(store, count, 'tally-1')).toBe(32)
  })

  it('never carries a stream over to another store with the same stream name', async () => {
    const first = createInMemoryEventStore()
    await first.appendToStream('tally-1', counted(...Array.from({ length: 30 }, () => 1)))
    expect(await readState(first, sum, 'tally-1')).toBe(30)
    const second = createInMemoryEventStore()
    await second.appendToStream('tally-1', counted(4))
    expect(await readState(second, sum, 'tally-1')).toBe(4)
  })
})
