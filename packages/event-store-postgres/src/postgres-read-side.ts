import type { ReadSide } from '@wenming/event-store'
import { postgresEventSource } from './postgres-event-source.js'
import type { PostgresEventStore } from './postgres-event-store.js'
import { createPostgresProjectionStorage } from './postgres-projection-storage.js'
import { createPostgresReadModelStorage } from './postgres-read-model-storage.js'

/** The PostgreSQL read side, with a wake-up for live catch-up. */
export type PostgresReadSide = ReadSide & {
  readonly source: ReturnType<typeof postgresEventSource>
  /** Calls `listener` with the last position of each append committed from now on (LISTEN/NOTIFY). */
  onAppended(listener: (position: number) => void): () => void
}

/**
 * The read side in the store's own database: windows of the log filtered in SQL, read models in
 * tables beside it (rows and checkpoint in one transaction), a rebuild swapped in by one
 * transaction, and live catch-up woken by `LISTEN/NOTIFY`. A district handle's read side reads
 * and keeps only that district.
 *
 * @example
 * const readSide = postgresReadSide(createPostgresEventStore({ connectionString }))
 */
export const postgresReadSide = (store: PostgresEventStore): PostgresReadSide => ({
  description:
    store.log.readDistrict === undefined
      ? `postgres://${store.server}`
      : `postgres://${store.server} (district ${store.log.readDistrict})`,
  source: postgresEventSource(store.log),
  storageFor: (projection) => createPostgresReadModelStorage(store.log, projection),
  foldStorageFor: (projection) => createPostgresProjectionStorage(store.log, projection),
  onAppended: (listener) => store.onAppended(listener),
  // Everything it holds belongs to the store (the pool, the LISTEN connection).
  close: () => Promise.resolve(),
})
