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
  ProjectEntryRow,
} from './dispatch-candidates/dispatch-candidate-rows.js'
export {
  queryDispatchCandidates,
  queryDispatchOrderFacts,
} from './dispatch-candidates/query-dispatch-candidates.js'
export {
  volunteerRecords,
  volunteerRowKey,
} from './volunteer-records/volunteer-records-projection.js'
export type {
  VolunteerRow,
  ServiceRecordRow,
  CorrectionRow,
  CertificateRow,
  TeamMemberRow,
  VolunteerRecordsRows,
} from './volunteer-records/volunteer-records-rows.js'
export {
  queryVolunteerRecords,
  queryTeamVolunteers,
  querySiteVolunteers,
  queryPostHours,
  queryLateRecords,
  queryPendingCorrections,
  verifyCertificate,
} from './volunteer-records/query-volunteer-records.js'
export type {
  HoursBy,
  VolunteerRecordsView,
  VolunteerHours,
  VolunteersWithHours,
  PostMonthHours,
} from './volunteer-records/query-volunteer-records.js'
export { pageOf } from './network/page.js'
export type { Page, PageRequest } from './network/page.js'
export { networkDirectory } from './network/network-projection.js'
export type {
  JointActivity,
  NetworkClusterRow,
  NetworkRows,
  NetworkSiteRow,
  NetworkTeamRow,
} from './network/network-rows.js'
export { querySite, querySites, querySiteTree } from './network/query-sites.js'
export type { SiteDetail, SiteEntry, SiteFilter, SiteTreeNode } from './network/query-sites.js'
export { queryTeam, queryTeams } from './network/query-teams.js'
export type { TeamEntry, TeamFilter } from './network/query-teams.js'
export { queryCluster, queryClusters } from './network/query-clusters.js'
export type { ClusterEntry, ClusterFilter } from './network/query-clusters.js'
export { queryServiceCircle } from './network/query-service-circle.js'
export type {
  CircleDistance,
  ServiceCircleAnswer,
  ServiceCircleQuery,
} from './network/query-service-circle.js'
export { orderDirectory } from './order-directory/order-directory-projection.js'
export type {
  OrderDirectoryRows,
  OrderHistoryEntry,
  OrderRecordRow,
  OrderStatus,
} from './order-directory/order-directory-rows.js'
export {
  queryOrderDetail,
  queryOrderDirectory,
  toOrderListEntry,
} from './order-directory/query-order-directory.js'
export type {
  OrderDetail,
  OrderDirectoryFilter,
  OrderListEntry,
} from './order-directory/query-order-directory.js'
export { activityDirectory } from './activity-directory/activity-directory-projection.js'
export type {
  ActivityDirectoryRows,
  ActivityRow,
  ActivitySiteRow,
  MonthlyThemeRow,
  ShiftRow,
} from './activity-directory/activity-directory-rows.js'
export {
  queryActivities,
  queryActivity,
  queryShifts,
} from './activity-directory/query-activities.js'
export type { ActivityFilter } from './activity-directory/query-activities.js'
export {
  queryMonthlyThemes,
  queryThemeCompliance,
} from './activity-directory/query-theme-compliance.js'
export type {
  ComplianceEntry,
  ThemeCompliance,
} from './activity-directory/query-theme-compliance.js'
export { projectLibrary } from './project-library/project-library-projection.js'
export type {
  ProjectLibraryRow,
  ProjectLibraryRows,
  ProjectRoundRow,
  ProjectScoreEntry,
} from './project-library/project-library-rows.js'
export { queryProjectLibrary, queryProjectRounds } from './project-library/query-project-library.js'
export type {
  ProjectLibraryEntry,
  ProjectLibraryFilter,
} from './project-library/query-project-library.js'
