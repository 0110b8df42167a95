import {
  createInMemoryProjectionStorage,
  createInMemoryReadModelStorage,
  type EventSource,
  type EventStore,
  type RowProjection,
  type TableRows,
} from '@wenming/event-store'
import {
  activityDirectory,
  clusterPool,
  networkDirectory,
  orderDirectory,
  createSqliteReadModelStorage,
  dispatchCandidates,
  foldSlot,
  orderBoard,
  rowSlot,
  sqliteEventSource,
  teamWorkload,
  type ProjectionSlot,
  type SqliteEventSourceOptions,
} from '@wenming/projections'
import type { SqliteEventStore } from '@wenming/event-store-sqlite'
import { workReportProjection } from '@wenming/reports'

const hasDatabase = (store: EventStore): store is SqliteEventStore =>
  'database' in store && typeof (store as { database?: unknown }).database === 'object'

const slotFor = <Rows extends TableRows>(store: EventStore, projection: RowProjection<Rows>) =>
  rowSlot(
    projection,
    hasDatabase(store)
      ? createSqliteReadModelStorage(store, projection)
      : createInMemoryReadModelStorage(projection),
  )

/** The read models the API serves: rows kept in the SQLite file when the store is SQLite. */
export const projectionNames = [
  orderBoard.name,
  teamWorkload.name,
  clusterPool.name,
  dispatchCandidates.name,
  networkDirectory.name,
  orderDirectory.name,
  activityDirectory.name,
  workReportProjection.name,
] as const

/**
 * The projection slots of the API and the CLI's rebuild: order board, team workload, cluster pool
 * and dispatch candidates (persisted beside the events in SQLite, else in memory) and the work report
 * (folded in memory).
 */
export const wenmingProjectionSlots = (store: EventStore): ProjectionSlot[] => [
  slotFor(store, orderBoard),
  slotFor(store, teamWorkload),
  slotFor(store, clusterPool),
  slotFor(store, dispatchCandidates),
  slotFor(store, networkDirectory),
  slotFor(store, orderDirectory),
  slotFor(store, activityDirectory),
  foldSlot(workReportProjection, createInMemoryProjectionStorage()),
]

/**
 * Where the live read models read the log: for SQLite, windows of the log filtered by the
 * event types they apply before any JSON is parsed; else the store's `readAll`.
 */
export const wenmingEventSource = (
  store: EventStore,
  options: SqliteEventSourceOptions = {},
): (EventSource & { close(): Promise<void> }) | undefined =>
  hasDatabase(store) ? sqliteEventSource(store, options) : undefined
