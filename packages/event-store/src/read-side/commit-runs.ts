import type { SlotRun, StagedCommit } from './projection-slot.js'
import type { CommitGroup } from './read-model-storage.js'

/**
 * Commits what each run applied since its last commit: the runs whose storages share a
 * {@link CommitGroup} in one commit of that group (one SQLite transaction for every read model on
 * the connection, not one per projection), the others one at a time, in order. Commits never
 * overlap: SQLite storages share the event store's connection.
 */
export const commitRuns = async (runs: readonly SlotRun[]): Promise<void> => {
  const groups = new Map<CommitGroup, StagedCommit[]>()
  for (const run of runs) {
    if (run.stage === undefined) {
      await run.commit()
      continue
    }
    const staged = run.stage()
    if (staged === undefined) continue
    const members = groups.get(staged.group)
    if (members === undefined) groups.set(staged.group, [staged])
    else members.push(staged)
  }
  const waiting = [...groups]
  for (let next = 0; next < waiting.length; next++) {
    const [group, staged] = waiting[next]!
    try {
      await group.commit(staged.map((commit) => commit.write))
    } catch (error) {
      // Nothing of this group, nor of the groups after it, was written.
      for (const [, left] of waiting.slice(next)) for (const commit of left) commit.failed()
      throw error
    }
    for (const commit of staged) commit.committed()
  }
}
