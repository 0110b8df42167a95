import { projectLibrary } from './project-library/project-library-projection.js'
import {
  createInMemoryProjectionStorage,
  foldSlot,
  rowSlot,
  type ProjectionSlot,
  type ReadModelStore,
} from '@wenming/event-store'
import { workReportProjection } from '@wenming/reports'
import { activityDirectory } from './activity-directory/activity-directory-projection.js'
import { clusterPool } from './cluster-pool/cluster-pool-projection.js'
import { networkDirectory } from './network/network-projection.js'
import { orderDirectory } from './order-directory/order-directory-projection.js'
import { dispatchCandidates } from './dispatch-candidates/dispatch-candidates-projection.js'
import { orderBoard } from './order-board/order-board-projection.js'
import { teamWorkload } from './team-workload/team-workload-projection.js'
import { volunteerRecords } from './volunteer-records/volunteer-records-projection.js'

/** The names of the read models the product serves and rebuilds, in the order they run. */
export const wenmingReadModelNames = [
  'order-board',
  'team-workload',
  'cluster-pool',
  'dispatch-candidates',
  'volunteer-records',
  'network-directory',
  'order-directory',
  'activity-directory',
  'project-library',
  'work-report',
] as const

/** One of {@link wenmingReadModelNames}. */
export type WenmingReadModelName = (typeof wenmingReadModelNames)[number]

/**
 * The product's read models, each bound to its storage in `readModels` (a store's read side):
 * order board, team workload, cluster pool, dispatch candidates, the network, order and
 * activity directories and the project library as rows, and the work report,
 * folded in memory (its model holds Maps and Sets, and saving the whole report at every commit
 * of a live catch-up would cost more than folding it again at start-up). The one list the API,
 * the CLI's rebuild and the bench run.
 *
 * @example
 * const readSide = inMemoryReadSide(store)
 * const runner = await openProjectionRunner({
 *   store,
 *   source: readSide.source,
 *   slots: wenmingReadModelSlots(readSide),
 * })
 */
export const wenmingReadModelSlots = (
  readModels: Pick<ReadModelStore, 'storageFor'>,
  names: readonly WenmingReadModelName[] = wenmingReadModelNames,
): ProjectionSlot[] => {
  const slots: Record<WenmingReadModelName, () => ProjectionSlot> = {
    'order-board': () => rowSlot(orderBoard, readModels.storageFor(orderBoard)),
    'team-workload': () => rowSlot(teamWorkload, readModels.storageFor(teamWorkload)),
    'cluster-pool': () => rowSlot(clusterPool, readModels.storageFor(clusterPool)),
    'dispatch-candidates': () =>
      rowSlot(dispatchCandidates, readModels.storageFor(dispatchCandidates)),
    'volunteer-records': () => rowSlot(volunteerRecords, readModels.storageFor(volunteerRecords)),
    'network-directory': () => rowSlot(networkDirectory, readModels.storageFor(networkDirectory)),
    'order-directory': () => rowSlot(orderDirectory, readModels.storageFor(orderDirectory)),
    'activity-directory': () =>
      rowSlot(activityDirectory, readModels.storageFor(activityDirectory)),
    'project-library': () => rowSlot(projectLibrary, readModels.storageFor(projectLibrary)),
    'work-report': () => foldSlot(workReportProjection, createInMemoryProjectionStorage()),
  }
  return wenmingReadModelNames.filter((name) => names.includes(name)).map((name) => slots[name]())
}
