// The public surface of @wenming/domain, grouped as in the README. Internals (deciders, facts,
// command handlers that take caller-supplied facts, the process runner) stay inside the package.

// The domain object: handlers, router, state readers
export { createWenmingDomain } from './create-wenming-domain.js'
export type {
  DomainCommandHandler,
  WenmingDomain,
  WenmingDomainOptions,
} from './create-wenming-domain.js'
export { wenmingCommandSchema } from './wenming-command.js'
export type { WenmingCommand, WenmingCommandResult, WenmingError } from './wenming-command.js'
export type { DomainResult } from './shared/domain-result.js'
export { DEFAULT_RECOVERY_BOUND_MS, RECOVERY_ACTOR_ID } from './recovery/recover-processes.js'
export type { RecoveryOptions, RecoveryReport } from './recovery/recover-processes.js'

// Shared scalars, metadata and stream names
export { actorSchema, commandMetadataSchema } from './shared/command-metadata.js'
export type { Actor, CommandMetadata } from './shared/command-metadata.js'
export { timestampSchema, calendarDateSchema, idSchema } from './shared/scalars.js'
export { siteLevelSchema } from './shared/site-level.js'
export type { SiteLevel } from './shared/site-level.js'
export { siteStream, teamStream, orderStream, clusterStream } from './shared/stream-names.js'
export { wenmingEventSchema, eventSchemaVersions } from './wenming-event.js'
export type { WenmingEvent } from './wenming-event.js'

// Sites
export {
  registerSiteSchema,
  renameSiteSchema,
  markSiteWeakSchema,
  clearSiteWeakMarkSchema,
  closeSiteSchema,
  siteCommandSchema,
} from './site/commands.js'
export type {
  RegisterSite,
  RenameSite,
  MarkSiteWeak,
  ClearSiteWeakMark,
  CloseSite,
  SiteCommand,
} from './site/commands.js'
export type { SiteError } from './site/errors.js'
export {
  coordinatesSchema,
  siteRegisteredSchema,
  siteRenamedSchema,
  siteMarkedWeakSchema,
  siteWeakMarkClearedSchema,
  siteClosedSchema,
  siteClaimedByClusterSchema,
  siteReleasedByClusterSchema,
  siteEventSchema,
} from './site/events.js'
export type {
  Coordinates,
  SiteRegistered,
  SiteRenamed,
  SiteMarkedWeak,
  SiteWeakMarkCleared,
  SiteClosed,
  SiteClaimedByCluster,
  SiteReleasedByCluster,
  SiteEvent,
} from './site/events.js'
export type { SiteState } from './site/state.js'

// Teams
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
  teamCommandSchema,
} from './team/commands.js'
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
  TeamCommand,
} from './team/commands.js'
export type { TeamError } from './team/errors.js'
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
} from './team/events.js'
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
} from './team/events.js'
export type { TeamState, RegisteredTeam } from './team/state.js'

// Orders
export {
  placeRequestOrderSchema,
  issueDirectiveOrderSchema,
  directiveTeamIds,
  DIRECTIVE_MAX_TEAMS,
  acceptOrderSchema,
  rejectOrderSchema,
  escalateOrderSchema,
  dispatchOrderSchema,
  redispatchOrderSchema,
  takeOrderSchema,
  declineOrderSchema,
  cancelOrderSchema,
  completeOrderSchema,
  evaluateOrderSchema,
  orderCommandSchema,
} from './order/commands.js'
export type {
  PlaceRequestOrder,
  IssueDirectiveOrder,
  AcceptOrder,
  RejectOrder,
  EscalateOrder,
  DispatchOrder,
  RedispatchOrder,
  TakeOrder,
  DeclineOrder,
  CancelOrder,
  CompleteOrder,
  EvaluateOrder,
  OrderCommand,
} from './order/commands.js'
export type { OrderError } from './order/errors.js'
export {
  reachSchema,
  completionReportSchema,
  requestOrderPlacedSchema,
  directiveOrderIssuedSchema,
  directiveTaskSchema,
  directiveOrderCompletedSchema,
  orderAcceptedSchema,
  orderRejectedSchema,
  orderEscalatedSchema,
  orderDispatchedSchema,
  orderRedispatchedSchema,
  orderTakenSchema,
  orderDeclinedSchema,
  orderCancelledSchema,
  orderCompletedSchema,
  orderEvaluatedSchema,
  orderEventSchema,
} from './order/events.js'
export type {
  Reach,
  CompletionReport,
  RequestOrderPlaced,
  DirectiveOrderIssued,
  DirectiveTask,
  DirectiveOrderCompleted,
  OrderAccepted,
  OrderRejected,
  OrderEscalated,
  OrderDispatched,
  OrderRedispatched,
  OrderTaken,
  OrderDeclined,
  OrderCancelled,
  OrderCompleted,
  OrderEvaluated,
  OrderEvent,
} from './order/events.js'
export { DISPATCH_SLA_HOURS } from './order/state.js'
export type {
  OrderStatus,
  OrderState,
  ExistingOrder,
  DirectiveTaskStatus,
  HeldBy,
} from './order/state.js'
export { holderLevelSchema, orderHolderSchema, levelAbove } from './order/holder.js'
export type { HolderLevel, OrderHolder } from './order/holder.js'
export { isWithinHolderReach } from './order/holder-reach.js'
export type { DispatchError, DispatchAbandoned } from './dispatch/dispatch-error.js'

// Clusters (五联共建)
export {
  formClusterSchema,
  joinClusterSchema,
  leaveClusterSchema,
  poolTeamSchema,
  withdrawTeamSchema,
  offerVenueSchema,
  withdrawVenueSchema,
  dissolveClusterSchema,
  clusterCommandSchema,
} from './cluster/commands.js'
export type {
  FormCluster,
  JoinCluster,
  LeaveCluster,
  PoolTeam,
  WithdrawTeam,
  OfferVenue,
  WithdrawVenue,
  DissolveCluster,
  ClusterCommand,
} from './cluster/commands.js'
export type { ClusterError } from './cluster/errors.js'
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
} from './cluster/events.js'
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
} from './cluster/events.js'
export type { ClusterState, FormedCluster } from './cluster/state.js'
export type { MembershipError, MembershipAbandoned } from './membership/membership-error.js'

// Service catalogue (服务菜单, S1-S3)
export { catalogueStream } from './catalogue/catalogue-stream.js'
export { catalogueEntrySchema, orderableBySchema } from './catalogue/catalogue-entry.js'
export type { CatalogueEntry, OrderableBy } from './catalogue/catalogue-entry.js'
export {
  attributeDatatypeSchema,
  attributeValueSchema,
  serviceAttributeSchema,
  attributeAnswerSchema,
  attributeAnswersSchema,
} from './catalogue/service-attribute.js'
export type {
  AttributeDatatype,
  ServiceAttribute,
  AttributeAnswer,
  AttributeAnswers,
} from './catalogue/service-attribute.js'
export {
  publishCatalogueEntrySchema,
  reviseCatalogueEntrySchema,
  retireCatalogueEntrySchema,
  catalogueCommandSchema,
} from './catalogue/commands.js'
export type {
  PublishCatalogueEntry,
  ReviseCatalogueEntry,
  RetireCatalogueEntry,
  CatalogueCommand,
} from './catalogue/commands.js'
export {
  entrySourceSchema,
  catalogueEntryPublishedSchema,
  catalogueEntryRevisedSchema,
  catalogueEntryRetiredSchema,
  catalogueEventSchema,
} from './catalogue/events.js'
export type {
  EntrySource,
  CatalogueEntryPublished,
  CatalogueEntryRevised,
  CatalogueEntryRetired,
  CatalogueEvent,
} from './catalogue/events.js'
export type { CatalogueState, CatalogueItem } from './catalogue/state.js'
export type { CatalogueError, CatalogueEntryRefusal, AnswerProblem } from './catalogue/errors.js'
export { closestEntries } from './catalogue/closest-entries.js'

// Activities and monthly themes
export { activityKindSchema, traditionalFestivals } from './activity/activity-kind.js'
export type { ActivityKind } from './activity/activity-kind.js'
export { activityStream } from './activity/activity-stream.js'
export {
  activityCommandSchema,
  cancelActivitySchema,
  holdActivitySchema,
  planActivitySchema,
} from './activity/commands.js'
export type {
  ActivityCommand,
  CancelActivity,
  HoldActivity,
  PlanActivity,
} from './activity/commands.js'
export type {
  ActivityDetailProblem,
  ActivityError,
  ActivityReportField,
} from './activity/errors.js'
export {
  activityCancelledSchema,
  activityEventSchema,
  activityHeldSchema,
  activityPlannedSchema,
} from './activity/events.js'
export type {
  ActivityCancelled,
  ActivityEvent,
  ActivityEventType,
  ActivityHeld,
  ActivityPlanned,
} from './activity/events.js'
export type { ActivityPlan, ActivityState } from './activity/state.js'
export { isYearMonth, yearMonthSchema } from './activity/year-month.js'
export {
  monthlyThemeCommandSchema,
  setMonthlyThemeSchema,
} from './activity/monthly-theme/commands.js'
export type { MonthlyThemeCommand, SetMonthlyTheme } from './activity/monthly-theme/commands.js'
export type { MonthlyThemeError } from './activity/monthly-theme/errors.js'
export { monthlyThemeEventSchema, monthlyThemeSetSchema } from './activity/monthly-theme/events.js'
export type {
  MonthlyThemeEvent,
  MonthlyThemeEventType,
  MonthlyThemeSet,
} from './activity/monthly-theme/events.js'
export { monthlyThemeStream } from './activity/monthly-theme/monthly-theme-stream.js'
export type { MonthlyThemeState } from './activity/monthly-theme/state.js'

// Dispatch ranking (派单候选) and the 15-minute service circle
export {
  compareRankedTeams,
  decidingCriterion,
  DuplicateDispatchCandidateError,
  isDuplicateDispatchCandidateError,
  describeExclusionReason,
  describeRankingReason,
  explainDispatchRanking,
  earthRadiusMeters,
  haversineMeters,
  rankDispatchCandidates,
  defaultServiceCircle,
  defaultServiceCircleMinutes,
  defaultWalkingSpeedKmPerHour,
  serviceCircleMeters,
  walkingMinutes,
} from './ranking/index.js'
export type {
  RankingKey,
  DispatchCandidate,
  DispatchCandidateStatus,
  DispatchOrderFacts,
  DispatchRanking,
  DispatchReach,
  ExcludedTeam,
  ExclusionReason,
  RankedTeam,
  RankingCriterion,
  RankingReason,
  GeoPoint,
  ServiceCircle,
} from './ranking/index.js'
export {
  registerVolunteerSchema,
  suspendVolunteerSchema,
  reinstateVolunteerSchema,
  deregisterVolunteerSchema,
  recordServiceSchema,
  confirmShiftHoursSchema,
  requestCorrectionSchema,
  correctServiceRecordSchema,
  refuseCorrectionSchema,
  issueCertificateSchema,
  volunteerCommandSchema,
  volunteerRegisteredSchema,
  volunteerSuspendedSchema,
  volunteerReinstatedSchema,
  volunteerDeregisteredSchema,
  serviceRecordedSchema,
  correctionRequestedSchema,
  serviceRecordCorrectedSchema,
  correctionRefusedSchema,
  volunteerStarAwardedSchema,
  volunteerStarLevelChangedSchema,
  certificateIssuedSchema,
  volunteerEventSchema,
  volunteerEventSchemaVersions,
  maskIdNumber,
  maskPhone,
  maskBirthDate,
  maskName,
  occasionSchema,
  organiserSchema,
  occasionKey,
  idTypeSchema,
  volunteerProfileSchema,
  consentSchema,
  recordSourceSchema,
  serviceRecordSchema,
  starPolicySchema,
  defaultStarPolicy,
  starLevel,
  confirmedHours,
  volunteerStream,
  addWorkingDays,
  RECORDING_DEADLINE_WORKING_DAYS,
} from './volunteer/index.js'
export type {
  RegisterVolunteer,
  SuspendVolunteer,
  ReinstateVolunteer,
  DeregisterVolunteer,
  RecordService,
  ConfirmShiftHours,
  RequestCorrection,
  CorrectServiceRecord,
  RefuseCorrection,
  IssueCertificate,
  VolunteerCommand,
  VolunteerError,
  VolunteerRegistered,
  VolunteerSuspended,
  VolunteerReinstated,
  VolunteerDeregistered,
  ServiceRecorded,
  CorrectionRequested,
  ServiceRecordCorrected,
  CorrectionRefused,
  VolunteerStarAwarded,
  VolunteerStarLevelChanged,
  CertificateIssued,
  VolunteerEvent,
  Occasion,
  Organiser,
  IdType,
  VolunteerProfile,
  Consent,
  RecordSource,
  ServiceRecord,
  Reason,
  Refusal,
  StarPolicy,
  VolunteerState,
  RegisteredVolunteer,
  RecordVersion,
  CorrectionEntry,
  VolunteerHandlerOptions,
} from './volunteer/index.js'
export {
  volunteerIdClaimedSchema,
  volunteerIdReleasedSchema,
  volunteerIdClaimEventSchema,
  volunteerIdClaimEventSchemaVersions,
  volunteerIdClaimStream,
} from './volunteer-id-claim/index.js'
export type {
  VolunteerIdClaimed,
  VolunteerIdReleased,
  VolunteerIdClaimEvent,
} from './volunteer-id-claim/index.js'
export {
  scheduleShiftSchema,
  checkInSchema,
  checkOutSchema,
  closeAttendanceSchema,
  shiftCommandSchema,
  postSchema,
  shiftScheduledSchema,
  volunteerCheckedInSchema,
  volunteerCheckedOutSchema,
  attendanceClosedByOrganiserSchema,
  shiftEventSchema,
  shiftEventSchemaVersions,
  shiftStream,
} from './shift/index.js'
export type {
  ScheduleShift,
  CheckIn,
  CheckOut,
  CloseAttendance,
  ShiftCommand,
  ShiftError,
  Post,
  ShiftScheduled,
  VolunteerCheckedIn,
  VolunteerCheckedOut,
  AttendanceClosedByOrganiser,
  ShiftEvent,
  ShiftState,
  ScheduledShift,
  Attendance,
} from './shift/index.js'
export {
  erasureReasonSchema,
  erasureScope,
  erasureSubjectKindSchema,
  erasePersonalData,
  personalDataErasedSchema,
  personalDataErasureRequestedSchema,
  personalDataEventSchema,
  personalDataEventSchemaVersions,
  personalDataRefusals,
  personalDataStream,
  recordPersonalDataErasedSchema,
  requestPersonalDataErasureSchema,
  wenmingPersonalData,
} from './personal-data/index.js'
export type {
  DeletePersonalDataKey,
  ErasureOutcome,
  ErasureReason,
  ErasureSubjectKind,
  PersonalDataCommand,
  PersonalDataErased,
  PersonalDataErasureRequested,
  PersonalDataError,
  PersonalDataEvent,
  PersonalDataState,
  RecordPersonalDataErased,
  RequestPersonalDataErasure,
} from './personal-data/index.js'

// Projects and their competition rounds (S4)
export {
  submitProjectSchema,
  openProjectRoundSchema,
  scoreProjectSchema,
  closeProjectRoundSchema,
  projectCommandSchema,
} from './project/commands.js'
export type {
  SubmitProject,
  OpenProjectRound,
  ScoreProject,
  CloseProjectRound,
  ProjectCommand,
} from './project/commands.js'
export {
  projectSubmittedSchema,
  projectAwardedSchema,
  projectEventSchema,
  projectRoundOpenedSchema,
  projectScoredSchema,
  projectRoundClosedSchema,
  projectRoundEventSchema,
  projectEntryCode,
} from './project/events.js'
export type {
  ProjectSubmitted,
  ProjectAwarded,
  ProjectEvent,
  ProjectRoundOpened,
  ProjectScored,
  ProjectRoundClosed,
  ProjectRoundEvent,
} from './project/events.js'
export { projectStream, projectRoundStream } from './project/project-streams.js'
export type { ProjectError } from './project/errors.js'
export type { ProjectState, ProjectRoundState } from './project/state.js'
