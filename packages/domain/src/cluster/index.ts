export { clusterDecider } from './cluster-decider.js'
export {
  formClusterSchema,
  joinClusterSchema,
  leaveClusterSchema,
  poolTeamSchema,
  withdrawTeamSchema,
  offerVenueSchema,
  withdrawVenueSchema,
  recordJointActivitySchema,
  dissolveClusterSchema,
  clusterCommandSchema,
} from './commands.js'
export type {
  FormCluster,
  JoinCluster,
  LeaveCluster,
  PoolTeam,
  WithdrawTeam,
  OfferVenue,
  WithdrawVenue,
  RecordJointActivity,
  DissolveCluster,
  ClusterCommand,
} from './commands.js'
export { decideForm, decideJoin, decideLeave, decideDissolve } from './decide-membership.js'
export {
  decidePool,
  decideWithdrawTeam,
  decideOfferVenue,
  decideWithdrawVenue,
  decideJointActivity,
} from './decide-sharing.js'
export type { PoolTeamWithTeam } from './decide-sharing.js'
export { decideCluster } from './decide.js'
export type { ClusterDeciderCommand } from './decide.js'
export type { ClusterError } from './errors.js'
export {
  teamWithdrawalReasonSchema,
  clusterFormedSchema,
  clusterSiteJoinedSchema,
  clusterSiteLeftSchema,
  clusterTeamPooledSchema,
  clusterTeamWithdrawnSchema,
  clusterVenueOfferedSchema,
  clusterVenueWithdrawnSchema,
  clusterJointActivityRecordedSchema,
  clusterDissolvedSchema,
  clusterEventSchema,
  clusterEventSchemaVersions,
} from './events.js'
export type {
  TeamWithdrawalReason,
  ClusterFormed,
  ClusterSiteJoined,
  ClusterSiteLeft,
  ClusterTeamPooled,
  ClusterTeamWithdrawn,
  ClusterVenueOffered,
  ClusterVenueWithdrawn,
  ClusterJointActivityRecorded,
  ClusterDissolved,
  ClusterEvent,
} from './events.js'
export { evolveCluster } from './evolve.js'
export { handleClusterDecision } from './handle-cluster-decision.js'
export { initialClusterState, isClusterSite } from './state.js'
export type { ClusterState, FormedCluster } from './state.js'
