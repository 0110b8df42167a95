import { clusterPool } from './cluster-pool/cluster-pool-projection.js'
import { dispatchCandidates } from './dispatch-candidates/dispatch-candidates-projection.js'
import { orderBoard } from './order-board/order-board-projection.js'
import type { ProjectionSlot } from '@wenming/event-store'
import type { TableRows } from '@wenming/event-store'
import type { ReadModelStorage } from '@wenming/event-store'
import type { RowProjection } from '@wenming/event-store'
import { rowSlot } from '@wenming/event-store'
import { teamWorkload } from './team-workload/team-workload-projection.js'

/** Storage for any row projection, such as `(p) => createSqliteReadModelStorage(store, p)`. */
export type StorageFor = <Rows extends TableRows>(
  projection: RowProjection<Rows>,
) => ReadModelStorage<Rows>

/**
 * The four live read models (order board, team workload, cluster pool, dispatch candidates), each
 * bound to its storage, ready for one runner.
 *
 * @example
 * const runner = await openProjectionRunner({
 *   store,
 *   slots: liveReadModelSlots((p) => createSqliteReadModelStorage(store, p)),
 *   source: sqliteEventSource(store),
 * })
 */
export const liveReadModelSlots = (storageFor: StorageFor): ProjectionSlot[] => [
  rowSlot(orderBoard, storageFor(orderBoard)),
  rowSlot(teamWorkload, storageFor(teamWorkload)),
  rowSlot(clusterPool, storageFor(clusterPool)),
  rowSlot(dispatchCandidates, storageFor(dispatchCandidates)),
]
