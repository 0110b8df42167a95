import type { EventData } from './event-data.js'
import type { AppendResult } from './event-store.js'

/**
 * For an idempotent re-append: how many of `events` are already stored (by id, via `lookup`), and
 * the original append's result when all of them are.
 */
export const findOriginalAppend = (
  events: readonly EventData[],
  lookup: (id: string) => { revision: number; position: number } | undefined,
): { result: AppendResult | undefined; found: number } => {
  let found = 0
  let nextExpectedRevision = -1
  let position = 0
  for (const event of events) {
    const stored = event.id === undefined ? undefined : lookup(event.id)
    if (stored === undefined) continue
    found++
    nextExpectedRevision = Math.max(nextExpectedRevision, stored.revision)
    position = Math.max(position, stored.position)
  }
  const complete = found > 0 && found === events.length
  return { result: complete ? { nextExpectedRevision, position } : undefined, found }
}
