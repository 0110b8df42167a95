import type { Projection } from '../projection.js'
import type { ReadModel, TableRows } from './read-model.js'
import { emptyReadModel, type RowProjection } from './row-projection.js'

/**
 * The same read model as a kernel {@link Projection}: a pure fold that copies each table it writes,
 * so no earlier read model changes. Slow on large models; the runner applies changes in place.
 */
export const toFoldProjection = <Rows extends TableRows>(
  projection: RowProjection<Rows>,
): Projection<ReadModel<Rows>> => ({
  name: projection.name,
  initialState: () => emptyReadModel(projection),
  evolve: (readModel, event) => {
    const changes = projection.changes(readModel, event)
    if (changes.length === 0) return readModel
    const next: Record<string, Map<string, unknown>> = { ...readModel } as never
    const copied = new Set<string>()
    for (const change of changes) {
      if (!copied.has(change.table)) {
        next[change.table] = new Map(readModel[change.table] as Map<string, unknown>)
        copied.add(change.table)
      }
      const table = next[change.table] as Map<string, unknown>
      if (change.row === undefined) table.delete(change.key)
      else table.set(change.key, change.row)
    }
    return next as ReadModel<Rows>
  },
  ...(projection.eventTypes ? { eventTypes: projection.eventTypes } : {}),
  ...(projection.leanEvents ? { leanEvents: true } : {}),
})
