import { createInMemoryEventStore } from '../in-memory-event-store.js'
import { readSideContract } from '../testing/read-side-contract.js'
import { inMemoryReadSide } from './in-memory-read-side.js'

readSideContract('in-memory', {
  create: () => {
    const store = createInMemoryEventStore()
    return { store, readSide: inMemoryReadSide(store) }
  },
})
