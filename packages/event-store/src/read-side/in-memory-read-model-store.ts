import { createInMemoryProjectionStorage } from '../in-memory-projection-storage.js'
import { createInMemoryReadModelStorage } from './in-memory-read-model-storage.js'
import type { TableRows } from './read-model.js'
import type { ReadModelStorage } from './read-model-storage.js'
import type { ReadModelStore } from './read-side.js'
import type { RowProjection } from './row-projection.js'

/**
 * Read models in process memory, one storage per projection name: a runner reopened in the same
 * process loads what the last one committed, as it would from a file; a restart rebuilds them.
 *
 * @example
 * const readSide = readSideFrom(eventStoreDbEventSource(store), inMemoryReadModelStore())
 */
export const inMemoryReadModelStore = (): ReadModelStore => {
  const rows = new Map<string, unknown>()
  const folds = new Map<string, unknown>()
  return {
    description: 'memory',
    storageFor: <Rows extends TableRows>(projection: RowProjection<Rows>) => {
      let storage = rows.get(projection.name)
      if (storage === undefined) {
        rows.set(projection.name, (storage = createInMemoryReadModelStorage(projection)))
      }
      // One storage per name, made for this projection's rows.
      return storage as ReadModelStorage<Rows>
    },
    foldStorageFor: (projection) => {
      let storage = folds.get(projection.name)
      if (storage === undefined) {
        folds.set(projection.name, (storage = createInMemoryProjectionStorage()))
      }
      return storage as ReturnType<typeof createInMemoryProjectionStorage<never>>
    },
    close: () => Promise.resolve(),
  }
}
