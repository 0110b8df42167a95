import type { CliIo } from '../main.js'
import { openStore } from '../open-store.js'
import type { StoreSpec } from '../store-spec.js'

/** `wenming migrate`: creates or upgrades the store's schema now, and says which version it is at. */
export const runMigrate = async (spec: StoreSpec, io: CliIo): Promise<number> => {
  if (spec.kind !== 'postgres') {
    // SQLite migrates when it opens; memory and EventStoreDB have no schema.
    const opened = await openStore(spec)
    await opened.store.close()
    io.out(`${opened.description}: nothing to migrate beyond what opening does\n`)
    return 0
  }
  const { createPostgresEventStore } = await import('@wenming/event-store-postgres')
  const store = createPostgresEventStore({ connectionString: spec.connectionString })
  try {
    const { from, to } = await store.migrate()
    io.out(
      from === to
        ? `PostgreSQL ${store.server}: schema at version ${to}, nothing to do\n`
        : `PostgreSQL ${store.server}: schema migrated from version ${from} to ${to}\n`,
    )
    return 0
  } finally {
    await store.close()
  }
}
