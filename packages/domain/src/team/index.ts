export {
  registerTeamSchema,
  joinTeamSchema,
  leaveTeamSchema,
  changeTeamCapacitySchema,
  changeTeamCategoriesSchema,
  suspendTeamSchema,
  reinstateTeamSchema,
  dissolveTeamSchema,
  awardTeamFlagSchema,
  reserveTeamCapacitySchema,
  releaseTeamCapacitySchema,
  teamCommandSchema,
  teamCapacityCommandSchema,
} from './commands.js'
export type {
  RegisterTeam,
  JoinTeam,
  LeaveTeam,
  ChangeTeamCapacity,
  ChangeTeamCategories,
  SuspendTeam,
  ReinstateTeam,
  DissolveTeam,
  AwardTeamFlag,
  ReserveTeamCapacity,
  ReleaseTeamCapacity,
  TeamCommand,
  TeamCapacityCommand,
} from './commands.js'
export { decideTeamCapacity } from './decide-capacity.js'
export { decideTeam } from './decide.js'
export type {
  JoinTeamWithVolunteer,
  RegisterTeamWithHomeSite,
  TeamDeciderCommand,
} from './decide.js'
export type { TeamError } from './errors.js'
export {
  teamMemberSchema,
  releaseReasonSchema,
  teamRegisteredSchema,
  teamMemberJoinedSchema,
  teamMemberLeftSchema,
  teamCapacityChangedSchema,
  teamCategoriesChangedSchema,
  teamSuspendedSchema,
  teamReinstatedSchema,
  teamDissolvedSchema,
  teamFlagAwardedSchema,
  teamCapacityReservedSchema,
  teamCapacityReleasedSchema,
  teamEventSchema,
  teamEventSchemaVersions,
} from './events.js'
export type {
  TeamMember,
  ReleaseReason,
  TeamRegistered,
  TeamMemberJoined,
  TeamMemberLeft,
  TeamCapacityChanged,
  TeamCategoriesChanged,
  TeamSuspended,
  TeamReinstated,
  TeamDissolved,
  TeamFlagAwarded,
  TeamCapacityReserved,
  TeamCapacityReleased,
  TeamEvent,
} from './events.js'
export { evolveTeam } from './evolve.js'
export { handleTeamCommand } from './handle-team-command.js'
export { handleTeamDecision } from './handle-team-decision.js'
export { initialTeamState } from './state.js'
export type { TeamState, RegisteredTeam } from './state.js'
export { teamDecider } from './team-decider.js'
export { teamFacts } from './team-facts.js'
export type { TeamFacts } from './team-facts.js'
