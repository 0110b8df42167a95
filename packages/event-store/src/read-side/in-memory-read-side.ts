import type { EventStore } from '../event-store.js'
import { createInMemoryProjectionStorage } from '../in-memory-projection-storage.js'
import { readAllSource } from './event-source.js'
import { createInMemoryReadModelStorage } from './in-memory-read-model-storage.js'
import type { ReadSide } from './read-side.js'

/**
 * The read side of any store in process memory: the log through the store's `readAll`, read
 * models in maps. A restart rebuilds them; a server says so when it uses this.
 *
 * @example
 * const readSide = inMemoryReadSide(createInMemoryEventStore())
 */
export const inMemoryReadSide = (store: EventStore): ReadSide => ({
  description: 'memory',
  source: readAllSource(store),
  storageFor: (projection) => createInMemoryReadModelStorage(projection),
  foldStorageFor: () => createInMemoryProjectionStorage(),
  close: () => Promise.resolve(),
})
