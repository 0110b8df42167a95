import type { EventStore } from '../event-store.js'
import { readAllSource } from './event-source.js'
import { inMemoryReadModelStore } from './in-memory-read-model-store.js'
import { readSideFrom } from './read-side-from.js'
import type { ReadSide } from './read-side.js'

/**
 * The read side of any store in process memory: the log through the store's `readAll`, read
 * models in maps. A restart rebuilds them; a server says so when it uses this.
 *
 * @example
 * const readSide = inMemoryReadSide(createInMemoryEventStore())
 */
export const inMemoryReadSide = (store: EventStore): ReadSide =>
  readSideFrom(readAllSource(store), inMemoryReadModelStore())
