import type { Database } from 'better-sqlite3'
import type { CommitGroup } from '@wenming/event-store'
import { commitsWithoutFsync } from './commits-without-fsync.js'
import { toSqliteStoreError } from './to-sqlite-store-error.js'

/**
 * One commit for every read model on `database`: a pass's staged writes (each a read model's rows
 * and checkpoint) run in a single transaction, without an fsync of its own, so a batch costs one
 * BEGIN and COMMIT however many projections the connection holds, and they commit all or none.
 */
export const createSqliteCommitGroup = (database: Database): CommitGroup => {
  const withoutFsync = commitsWithoutFsync(database)
  const commitAll = database.transaction((writes: readonly (() => void)[]) => {
    for (const write of writes) write()
  })
  return {
    commit: (writes) => {
      try {
        withoutFsync(() => commitAll.immediate(writes))
        return Promise.resolve()
      } catch (error) {
        return Promise.reject(toSqliteStoreError(error, database.name))
      }
    },
  }
}
