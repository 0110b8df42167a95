import type { EventStore } from '@wenming/event-store'
import { describe, expectTypeOf, it } from 'vitest'
import * as domainPackage from './index.js'
import { createWenmingDomain, type OrderCommand, type WenmingCommand } from './index.js'

/** Every value `@wenming/domain` exports: a new name is a decision, made here and in the README. */
type PublicValue =
  | 'DEFAULT_RECOVERY_BOUND_MS'
  | 'DISPATCH_SLA_HOURS'
  | 'DuplicateDispatchCandidateError'
  | 'RECOVERY_ACTOR_ID'
  | 'acceptOrderSchema'
  | 'submitProjectSchema'
  | 'openProjectRoundSchema'
  | 'scoreProjectSchema'
  | 'closeProjectRoundSchema'
  | 'projectCommandSchema'
  | 'projectSubmittedSchema'
  | 'projectAwardedSchema'
  | 'projectEventSchema'
  | 'projectRoundOpenedSchema'
  | 'projectScoredSchema'
  | 'projectRoundClosedSchema'
  | 'projectRoundEventSchema'
  | 'projectEntryCode'
  | 'projectStream'
  | 'projectRoundStream'
  | 'escalateOrderSchema'
  | 'orderEscalatedSchema'
  | 'holderLevelSchema'
  | 'orderHolderSchema'
  | 'levelAbove'
  | 'isWithinHolderReach'
  | 'activityCancelledSchema'
  | 'activityCommandSchema'
  | 'activityEventSchema'
  | 'activityHeldSchema'
  | 'activityKindSchema'
  | 'activityPlannedSchema'
  | 'activityStream'
  | 'actorSchema'
  | 'awardTeamFlagSchema'
  | 'calendarDateSchema'
  | 'cancelActivitySchema'
  | 'cancelOrderSchema'
  | 'changeTeamCapacitySchema'
  | 'changeTeamCategoriesSchema'
  | 'clearSiteWeakMarkSchema'
  | 'closeSiteSchema'
  | 'clusterCommandSchema'
  | 'clusterDissolvedSchema'
  | 'clusterEventSchema'
  | 'clusterFormedSchema'
  | 'clusterJointActivityRecordedSchema'
  | 'clusterSiteJoinedSchema'
  | 'clusterSiteLeftSchema'
  | 'clusterStream'
  | 'clusterTeamPooledSchema'
  | 'clusterTeamWithdrawnSchema'
  | 'clusterVenueOfferedSchema'
  | 'clusterVenueWithdrawnSchema'
  | 'commandMetadataSchema'
  | 'compareRankedTeams'
  | 'completeOrderSchema'
  | 'completionReportSchema'
  | 'coordinatesSchema'
  | 'createWenmingDomain'
  | 'decidingCriterion'
  | 'declineOrderSchema'
  | 'defaultServiceCircle'
  | 'defaultServiceCircleMinutes'
  | 'defaultWalkingSpeedKmPerHour'
  | 'describeExclusionReason'
  | 'describeRankingReason'
  | 'directiveOrderIssuedSchema'
  | 'dispatchOrderSchema'
  | 'dissolveClusterSchema'
  | 'dissolveTeamSchema'
  | 'earthRadiusMeters'
  | 'evaluateOrderSchema'
  | 'eventSchemaVersions'
  | 'explainDispatchRanking'
  | 'formClusterSchema'
  | 'haversineMeters'
  | 'holdActivitySchema'
  | 'idSchema'
  | 'isDuplicateDispatchCandidateError'
  | 'isYearMonth'
  | 'issueDirectiveOrderSchema'
  | 'joinClusterSchema'
  | 'joinTeamSchema'
  | 'leaveClusterSchema'
  | 'leaveTeamSchema'
  | 'markSiteWeakSchema'
  | 'monthlyThemeCommandSchema'
  | 'monthlyThemeEventSchema'
  | 'monthlyThemeSetSchema'
  | 'monthlyThemeStream'
  | 'offerVenueSchema'
  | 'orderAcceptedSchema'
  | 'orderCancelledSchema'
  | 'orderCommandSchema'
  | 'orderCompletedSchema'
  | 'orderDeclinedSchema'
  | 'orderDispatchedSchema'
  | 'orderEvaluatedSchema'
  | 'orderEventSchema'
  | 'orderRedispatchedSchema'
  | 'orderRejectedSchema'
  | 'orderStream'
  | 'orderTakenSchema'
  | 'placeRequestOrderSchema'
  | 'planActivitySchema'
  | 'poolTeamSchema'
  | 'rankDispatchCandidates'
  | 'reachSchema'
  | 'redispatchOrderSchema'
  | 'registerSiteSchema'
  | 'registerTeamSchema'
  | 'reinstateTeamSchema'
  | 'rejectOrderSchema'
  | 'releaseReasonSchema'
  | 'renameSiteSchema'
  | 'requestOrderPlacedSchema'
  | 'serviceCircleMeters'
  | 'setMonthlyThemeSchema'
  | 'siteClaimedByClusterSchema'
  | 'siteClosedSchema'
  | 'siteCommandSchema'
  | 'siteEventSchema'
  | 'siteLevelSchema'
  | 'siteMarkedWeakSchema'
  | 'siteRegisteredSchema'
  | 'siteReleasedByClusterSchema'
  | 'siteRenamedSchema'
  | 'siteStream'
  | 'siteWeakMarkClearedSchema'
  | 'suspendTeamSchema'
  | 'takeOrderSchema'
  | 'teamCapacityChangedSchema'
  | 'teamCapacityReleasedSchema'
  | 'teamCapacityReservedSchema'
  | 'teamCategoriesChangedSchema'
  | 'teamCommandSchema'
  | 'teamDissolvedSchema'
  | 'teamEventSchema'
  | 'teamFlagAwardedSchema'
  | 'teamMemberJoinedSchema'
  | 'teamMemberLeftSchema'
  | 'teamMemberSchema'
  | 'teamRegisteredSchema'
  | 'teamReinstatedSchema'
  | 'teamStream'
  | 'teamSuspendedSchema'
  | 'teamWithdrawalReasonSchema'
  | 'timestampSchema'
  | 'traditionalFestivals'
  | 'walkingMinutes'
  | 'wenmingCommandSchema'
  | 'wenmingEventSchema'
  | 'wenmingPersonalData'
  | 'requestPersonalDataErasureSchema'
  | 'recordPersonalDataErasedSchema'
  | 'personalDataStream'
  | 'personalDataRefusals'
  | 'personalDataEventSchemaVersions'
  | 'personalDataEventSchema'
  | 'personalDataErasureRequestedSchema'
  | 'personalDataErasedSchema'
  | 'erasureSubjectKindSchema'
  | 'erasureScope'
  | 'erasureReasonSchema'
  | 'erasePersonalData'
  | 'withdrawTeamSchema'
  | 'withdrawVenueSchema'
  | 'yearMonthSchema'
  | 'registerVolunteerSchema'
  | 'suspendVolunteerSchema'
  | 'reinstateVolunteerSchema'
  | 'deregisterVolunteerSchema'
  | 'recordServiceSchema'
  | 'confirmShiftHoursSchema'
  | 'requestCorrectionSchema'
  | 'correctServiceRecordSchema'
  | 'refuseCorrectionSchema'
  | 'issueCertificateSchema'
  | 'volunteerCommandSchema'
  | 'volunteerRegisteredSchema'
  | 'volunteerSuspendedSchema'
  | 'volunteerReinstatedSchema'
  | 'volunteerDeregisteredSchema'
  | 'serviceRecordedSchema'
  | 'correctionRequestedSchema'
  | 'serviceRecordCorrectedSchema'
  | 'correctionRefusedSchema'
  | 'volunteerStarAwardedSchema'
  | 'volunteerStarLevelChangedSchema'
  | 'certificateIssuedSchema'
  | 'volunteerEventSchema'
  | 'volunteerEventSchemaVersions'
  | 'maskIdNumber'
  | 'maskPhone'
  | 'maskBirthDate'
  | 'maskName'
  | 'occasionSchema'
  | 'organiserSchema'
  | 'occasionKey'
  | 'idTypeSchema'
  | 'volunteerProfileSchema'
  | 'consentSchema'
  | 'recordSourceSchema'
  | 'serviceRecordSchema'
  | 'starPolicySchema'
  | 'defaultStarPolicy'
  | 'starLevel'
  | 'confirmedHours'
  | 'volunteerStream'
  | 'addWorkingDays'
  | 'RECORDING_DEADLINE_WORKING_DAYS'
  | 'volunteerIdClaimedSchema'
  | 'volunteerIdReleasedSchema'
  | 'volunteerIdClaimEventSchema'
  | 'volunteerIdClaimEventSchemaVersions'
  | 'volunteerIdClaimStream'
  | 'scheduleShiftSchema'
  | 'checkInSchema'
  | 'checkOutSchema'
  | 'closeAttendanceSchema'
  | 'shiftCommandSchema'
  | 'postSchema'
  | 'shiftScheduledSchema'
  | 'volunteerCheckedInSchema'
  | 'volunteerCheckedOutSchema'
  | 'attendanceClosedByOrganiserSchema'
  | 'shiftEventSchema'
  | 'shiftEventSchemaVersions'
  | 'shiftStream'
  | 'catalogueStream'
  | 'catalogueEntrySchema'
  | 'orderableBySchema'
  | 'attributeDatatypeSchema'
  | 'attributeValueSchema'
  | 'serviceAttributeSchema'
  | 'attributeAnswerSchema'
  | 'attributeAnswersSchema'
  | 'publishCatalogueEntrySchema'
  | 'reviseCatalogueEntrySchema'
  | 'retireCatalogueEntrySchema'
  | 'catalogueCommandSchema'
  | 'entrySourceSchema'
  | 'catalogueEntryPublishedSchema'
  | 'catalogueEntryRevisedSchema'
  | 'catalogueEntryRetiredSchema'
  | 'catalogueEventSchema'
  | 'closestEntries'
  | 'directiveTeamIds'
  | 'DIRECTIVE_MAX_TEAMS'
  | 'directiveTaskSchema'
  | 'directiveOrderCompletedSchema'

const store = {} as EventStore
const metadata = { now: '2026-03-01T08:00:00.000Z', actor: { id: 'dispatcher-1' } }
const reserve = {
  type: 'ReserveTeamCapacity',
  data: { teamId: 't-1', orderId: 'o-1', category: 'health' },
  metadata,
} as const
const dispatched = {
  type: 'OrderDispatched',
  data: { orderId: 'o-1', teamId: 't-1', reach: 'local', dispatchedBy: 'd', at: metadata.now },
} as const

describe('the public surface of @wenming/domain', () => {
  it('exports exactly the listed values', () => {
    expectTypeOf<keyof typeof domainPackage>().toEqualTypeOf<PublicValue>()
  })

  it('exports no handler that takes caller-supplied facts, nor the process internals', () => {
    // @ts-expect-error: the order decider's handler records a dispatch without a reservation
    void domainPackage.handleOrderDecision
    // @ts-expect-error: the team decider's handler reserves or releases without an order
    void domainPackage.handleTeamDecision
    // @ts-expect-error: the dispatch process runs only behind handleOrderCommand
    void domainPackage.runDispatch
    // @ts-expect-error: step command ids are the processes' own
    void domainPackage.stepContext
    // @ts-expect-error: internal to the processes
    void domainPackage.streamHasCommand
    // @ts-expect-error: deciders take commands with facts; services send commands
    void domainPackage.orderDecider
    // @ts-expect-error: decide helpers are internal
    void domainPackage.decideDispatch
    // @ts-expect-error: the process runner is internal
    void domainPackage.runProcess
    // @ts-expect-error: the catalogue decider takes the centre's facts; services send commands
    void domainPackage.catalogueDecider
  })

  it('cannot dispatch without a reservation through anything it exports', () => {
    const domain = createWenmingDomain()
    // Only the dispatch process sends the team's capacity commands.
    // @ts-expect-error: ReserveTeamCapacity is not a public team command
    void domain.handleTeamCommand(store, reserve, { commandId: 'c-1' })
    // @ts-expect-error: nor a public command of the router
    void domain.handleWenmingCommand(store, reserve, { commandId: 'c-1' })
    // @ts-expect-error: an event is not a command: no handler records one as given
    void domain.handleOrderCommand(store, dispatched, { commandId: 'c-1' })
    const dispatch: OrderCommand = {
      type: 'DispatchOrder',
      data: { orderId: 'o-1', teamId: 't-1' },
      metadata,
    }
    const facts = { reach: 'local' } as const
    const context = { commandId: 'c-1' }
    // @ts-expect-error: a dispatch carries no facts of the caller's (the process reads them)
    void domain.handleOrderCommand(store, { ...dispatch, facts }, context)
    expectTypeOf(domain.handleWenmingCommand).parameter(1).toEqualTypeOf<WenmingCommand>()
    expectTypeOf<Extract<WenmingCommand, { type: 'ReserveTeamCapacity' }>>().toBeNever()
    expectTypeOf<Extract<WenmingCommand, { type: 'ReleaseTeamCapacity' }>>().toBeNever()
    expectTypeOf<Extract<WenmingCommand, { type: 'ClaimSiteForCluster' }>>().toBeNever()
    expectTypeOf<Extract<WenmingCommand, { type: 'ReleaseSiteFromCluster' }>>().toBeNever()
  })

  it('routes the catalogue’s commands through the one router', () => {
    expectTypeOf<Extract<WenmingCommand, { type: 'PublishCatalogueEntry' }>>().not.toBeNever()
    expectTypeOf<Extract<WenmingCommand, { type: 'RetireCatalogueEntry' }>>().not.toBeNever()
    // The joint-activity command is folded into planning an activity with its cluster (C4).
    expectTypeOf<Extract<WenmingCommand, { type: 'RecordJointActivity' }>>().toBeNever()
  })
})
