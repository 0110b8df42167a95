import type { EventSource } from './event-source.js'
import type { ReadModelStore, ReadSide } from './read-side.js'

/**
 * A read side from a log source and a read-model store of different origins, such as EventStoreDB's
 * `$all` with read models in a SQLite file; `close` closes both (the source where it can).
 *
 * @example
 * const readSide = readSideFrom(eventStoreDbEventSource(store), sqliteReadModelStore({ path }))
 */
export const readSideFrom = (
  source: EventSource & { close?(): Promise<void> },
  readModels: ReadModelStore,
): ReadSide => ({
  description: readModels.description,
  source,
  storageFor: (projection) => readModels.storageFor(projection),
  foldStorageFor: (projection) => readModels.foldStorageFor(projection),
  close: async () => {
    await source.close?.()
    await readModels.close()
  },
})
