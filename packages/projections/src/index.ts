export { wenmingReadModelNames, wenmingReadModelSlots } from './wenming-read-models.js'
export type { WenmingReadModelName } from './wenming-read-models.js'
export { siteClusterChanges, siteClusterEventTypes } from './site-cluster-changes.js'
export type { SiteClusterRow } from './site-cluster-changes.js'
export { orderBoard } from './order-board/order-board-projection.js'
export type {
  OpenOrderStatus,
  OrderBoardRow,
  OrderBoardRows,
} from './order-board/order-board-rows.js'
export {
  countOpenOrders,
  defaultSlaHours,
  queryOrderBoard,
  queryOverdueOrders,
  toOrderBoardEntry,
} from './order-board/query-order-board.js'
export type {
  OrderBoardCounts,
  OrderBoardEntry,
  OrderBoardFilter,
} from './order-board/query-order-board.js'
export { teamWorkload } from './team-workload/team-workload-projection.js'
export type {
  DispatchTakeRow,
  TeamWorkloadRow,
  TeamWorkloadRows,
} from './team-workload/team-workload-rows.js'
export { queryTeamWorkload } from './team-workload/query-team-workload.js'
export type { TeamWorkloadEntry } from './team-workload/query-team-workload.js'
export { clusterPool } from './cluster-pool/cluster-pool-projection.js'
export type {
  ClusterPoolRow,
  ClusterPoolRows,
  OrderSiteRow,
  SharedVenue,
} from './cluster-pool/cluster-pool-rows.js'
export { queryClusterPool } from './cluster-pool/query-cluster-pool.js'
export { dispatchCandidates } from './dispatch-candidates/dispatch-candidates-projection.js'
export type {
  CandidateOrderRow,
  CandidateSiteRow,
  CandidateTeamRow,
  DispatchCandidateRows,
} from './dispatch-candidates/dispatch-candidate-rows.js'
export {
  queryDispatchCandidates,
  queryDispatchOrderFacts,
} from './dispatch-candidates/query-dispatch-candidates.js'
