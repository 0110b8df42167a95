import { isSqliteStoreInUse } from '@wenming/event-store-sqlite'
import { CliFailure } from './cli-error.js'
import type { StoreSpec } from './store-spec.js'

/**
 * Refuses (exit 1) to `action` a SQLite store that another process has open, such as a running
 * `wenming serve`, which keeps its own read models and appends to the file.
 */
export const refuseIfInUse = (spec: StoreSpec, action: string): void => {
  if (spec.kind !== 'sqlite') return
  if (isSqliteStoreInUse(spec.path))
    throw new CliFailure(
      `cannot ${action} sqlite:${spec.path}: another process has it open (a running wenming serve?); stop it first`,
    )
}
