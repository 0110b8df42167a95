import { describe, expect, it } from 'vitest'
import type { Decider } from '../decider.js'
import { createInMemoryEventStore } from '../in-memory-event-store.js'
import { createStateReader } from '../state-reader.js'
import { contractPolicy } from '../testing/personal-data-contract.js'
import { ERASED } from './personal-data-policy.js'
import { canErasePersonalData } from './personal-data-store.js'

type Registered = {
  type: 'PersonRegistered'
  data: { personId: string; profile: { name: string } }
}

/** The last name registered on the stream: a state that holds a personal field. */
const lastName: Pick<
  Decider<never, Registered, string | null, never>,
  'initialState' | 'evolve'
> = {
  initialState: null,
  evolve: (_state, event) => event.data.profile.name,
}

describe('state caches and erasure', () => {
  it('folds again after an erasure, so a cached state never keeps an erased field in clear', async () => {
    const store = createInMemoryEventStore({ personalData: { policy: contractPolicy } })
    // Long enough (16+ events) for the reader to keep its folded state.
    const events = Array.from({ length: 20 }, () => ({
      type: 'PersonRegistered',
      data: { personId: 'li', siteId: 's', profile: { name: 'Li Lei', phone: '13800001234' } },
    }))
    await store.appendToStream('person-li', events)
    const read = createStateReader(lastName)
    expect(await read(store, 'person-li')).toBe('Li Lei')
    expect(await read(store, 'person-li')).toBe('Li Lei')
    if (!canErasePersonalData(store)) throw new Error('The store should seal personal data')
    expect(store.personalDataEpoch).toBe(0)
    await store.erasePersonalData('li')
    expect(store.personalDataEpoch).toBe(1)
    expect(await read(store, 'person-li')).toBe(ERASED)
  })
})
