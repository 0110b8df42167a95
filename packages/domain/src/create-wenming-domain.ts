import type { ProjectCommand } from './project/commands.js'
import type { ProjectError } from './project/errors.js'
import type { ProjectEvent, ProjectRoundEvent } from './project/events.js'
import { handleProjectCommand } from './project/handle-project-command.js'
import { projectRoundStream, projectStream } from './project/project-streams.js'
import type { ProjectRoundState, ProjectState } from './project/state.js'
import type {
  CommandContext,
  CommandResult,
  EventStore,
  StreamStateCacheOptions,
} from '@wenming/event-store'
import { match } from 'ts-pattern'
import { activityStream } from './activity/activity-stream.js'
import type { ActivityCommand } from './activity/commands.js'
import type { ActivityError } from './activity/errors.js'
import type { ActivityEvent } from './activity/events.js'
import { handleActivityCommand } from './activity/handle-activity-command.js'
import type { MonthlyThemeCommand } from './activity/monthly-theme/commands.js'
import type { MonthlyThemeError } from './activity/monthly-theme/errors.js'
import type { MonthlyThemeEvent } from './activity/monthly-theme/events.js'
import { handleMonthlyThemeCommand } from './activity/monthly-theme/handle-monthly-theme-command.js'
import { monthlyThemeStream } from './activity/monthly-theme/monthly-theme-stream.js'
import type { MonthlyThemeState } from './activity/monthly-theme/state.js'
import type { ActivityState } from './activity/state.js'
import { catalogueStream } from './catalogue/catalogue-stream.js'
import type { CatalogueCommand } from './catalogue/commands.js'
import type { CatalogueError } from './catalogue/errors.js'
import type { CatalogueEvent } from './catalogue/events.js'
import { handleCatalogueCommand } from './catalogue/handle-catalogue-command.js'
import type { CatalogueState } from './catalogue/state.js'
import type { ClusterCommand } from './cluster/commands.js'
import type { ClusterEvent } from './cluster/events.js'
import type { ClusterState } from './cluster/state.js'
import type { DispatchError } from './dispatch/dispatch-error.js'
import { handleClusterCommand } from './membership/handle-cluster-command.js'
import type { MembershipError } from './membership/membership-error.js'
import type { OrderCommand } from './order/commands.js'
import type { OrderEvent } from './order/events.js'
import { handleOrderCommand } from './order/handle-order-command.js'
import type { OrderState } from './order/state.js'
import { emptyOpenHolds, type OpenHolds } from './recovery/open-holds.js'
import {
  recoverProcesses,
  type RecoveryOptions,
  type RecoveryReport,
} from './recovery/recover-processes.js'
import { createDomainRuntime } from './runtime/domain-runtime.js'
import type { DomainResult } from './shared/domain-result.js'
import { clusterStream, orderStream, siteStream, teamStream } from './shared/stream-names.js'
import type { SiteCommand } from './site/commands.js'
import type { SiteError } from './site/errors.js'
import type { SiteEvent } from './site/events.js'
import { handleSiteCommand } from './site/handle-site-command.js'
import type { SiteState } from './site/state.js'
import type { TeamCommand } from './team/commands.js'
import type { TeamError } from './team/errors.js'
import type { TeamEvent } from './team/events.js'
import { handleTeamCommand } from './team/handle-team-command.js'
import type { TeamState } from './team/state.js'
import type { WenmingCommand, WenmingCommandResult } from './wenming-command.js'
import type { ShiftCommand } from './shift/commands.js'
import type { ShiftError } from './shift/errors.js'
import type { ShiftEvent } from './shift/events.js'
import { handleShiftCommand } from './shift/handle-shift-command.js'
import { shiftStream } from './shift/shift-stream.js'
import type { ShiftState } from './shift/state.js'
import type { VolunteerCommand } from './volunteer/commands.js'
import type { VolunteerError } from './volunteer/errors.js'
import type { VolunteerEvent } from './volunteer/events.js'
import { handleVolunteerCommand } from './volunteer/handle-volunteer-command.js'
import type { VolunteerState } from './volunteer/state.js'
import type { VolunteerHandlerOptions } from './volunteer/volunteer-handler-options.js'
import { volunteerStream } from './volunteer/volunteer-stream.js'
import type { VolunteerIdClaimEvent } from './volunteer-id-claim/events.js'

/** How a domain object is made. */
export type WenmingDomainOptions = {
  /**
   * The stream state caches of its command handlers and state readers (one per aggregate kind and
   * store): how much each keeps (default `{ maxStreams: 10_000, maxCommandIds: 500_000,
   * minEvents: 16 }`), or `false` to fold every stream in full on every read.
   */
  readonly stateCache?: false | StreamStateCacheOptions
  /**
   * The keyed hash of ID documents (from the app's configuration) and the star ladder of the
   * volunteer handler; without it `RegisterVolunteer` throws (a configuration fault).
   */
  readonly volunteers?: VolunteerHandlerOptions
}

/** A command handler of the domain: `(store, command, { commandId, expectedRevision? })`. */
export type DomainCommandHandler<Command, Result> = (
  store: EventStore,
  command: Command,
  context: CommandContext,
) => Promise<Result>

/**
 * The domain as a service uses it: one handler per aggregate (the order and cluster handlers run
 * the dispatch and membership processes), one router for every command, and readers of each
 * aggregate's current state. Its caches are its own.
 */
export type WenmingDomain = {
  /** Sends any public command to its aggregate or process. */
  readonly handleWenmingCommand: DomainCommandHandler<WenmingCommand, WenmingCommandResult>
  readonly handleSiteCommand: DomainCommandHandler<SiteCommand, DomainResult<SiteEvent, SiteError>>
  readonly handleTeamCommand: DomainCommandHandler<TeamCommand, DomainResult<TeamEvent, TeamError>>
  /** Runs dispatches, directive issues, re-dispatches, declines, cancels and completions as the dispatch process. */
  readonly handleOrderCommand: DomainCommandHandler<
    OrderCommand,
    DomainResult<OrderEvent | TeamEvent, DispatchError>
  >
  /** Runs forming, joining, leaving and dissolving as the cluster-membership process. */
  readonly handleClusterCommand: DomainCommandHandler<
    ClusterCommand,
    DomainResult<ClusterEvent | SiteEvent, MembershipError>
  >
  readonly handleActivityCommand: DomainCommandHandler<
    ActivityCommand,
    CommandResult<ActivityEvent, ActivityState, ActivityError>
  >
  readonly handleMonthlyThemeCommand: DomainCommandHandler<
    MonthlyThemeCommand,
    CommandResult<MonthlyThemeEvent, MonthlyThemeState, MonthlyThemeError>
  >
  /** A site's current state (`status: 'unregistered'` when its stream is empty); do not change it. */
  readonly readSite: (store: EventStore, siteId: string) => Promise<SiteState>
  readonly readTeam: (store: EventStore, teamId: string) => Promise<TeamState>
  readonly readOrder: (store: EventStore, orderId: string) => Promise<OrderState>
  readonly readCluster: (store: EventStore, clusterId: string) => Promise<ClusterState>
  readonly readActivity: (store: EventStore, activityId: string) => Promise<ActivityState>
  /** The theme of a month `YYYY-MM`. */
  readonly readMonthlyTheme: (store: EventStore, month: string) => Promise<MonthlyThemeState>
  /**
   * One recovery pass of the dispatch, membership and round-closing processes (run it at start-up
   * and then periodically, one pass at a time per store): a reservation or claim whose process
   * stopped between its steps (a crash) for longer than the bound is finished or undone through that
   * process's own steps, and a closed round's winners left without their catalogue entries are
   * awarded, idempotently. Reads the log from where the previous pass stopped.
   */
  readonly recoverProcesses: (
    store: EventStore,
    options: RecoveryOptions,
  ) => Promise<RecoveryReport>
  /** Registration (claiming the ID document, V1), records, corrections, stars and certificates. */
  readonly handleVolunteerCommand: DomainCommandHandler<
    VolunteerCommand,
    DomainResult<VolunteerEvent | VolunteerIdClaimEvent, VolunteerError>
  >
  /** Shifts at posts with check-in and check-out (V3). */
  readonly handleShiftCommand: DomainCommandHandler<
    ShiftCommand,
    CommandResult<ShiftEvent, ShiftState, ShiftError>
  >
  /** The centre edits its district's service catalogue (服务菜单, S1-S3). */
  readonly handleCatalogueCommand: DomainCommandHandler<
    CatalogueCommand,
    DomainResult<CatalogueEvent, CatalogueError>
  >
  /**
   * The project library and competition (S4): submissions, rounds opened, scored and closed by the
   * centre; a close turns each winner into a catalogue entry its team serves district-wide.
   */
  readonly handleProjectCommand: DomainCommandHandler<
    ProjectCommand,
    DomainResult<
      ProjectEvent | ProjectRoundEvent | CatalogueEvent | TeamEvent,
      ProjectError | CatalogueError | TeamError
    >
  >
  readonly readProject: (store: EventStore, projectId: string) => Promise<ProjectState>
  readonly readProjectRound: (store: EventStore, roundId: string) => Promise<ProjectRoundState>
  /** District `districtId`'s catalogue (its centre's id); do not change it. */
  readonly readCatalogue: (store: EventStore, districtId: string) => Promise<CatalogueState>
  readonly readVolunteer: (store: EventStore, volunteerId: string) => Promise<VolunteerState>
  readonly readShift: (store: EventStore, shiftId: string) => Promise<ShiftState>
}

const plain = <Event, Error>(
  result: DomainResult<Event, Error> | CommandResult<Event, unknown, Error>,
): DomainResult<Event, Error> =>
  result.ok
    ? { ok: true, events: result.events, nextExpectedRevision: result.nextExpectedRevision }
    : { ok: false, error: result.error }

/**
 * Makes the domain object an app uses: handlers, router and state readers over its own stream
 * state caches.
 *
 * @example
 * const domain = createWenmingDomain({ stateCache: { maxStreams: 50_000 } })
 * const result = await domain.handleWenmingCommand(store, wenmingCommandSchema.parse(body), {
 *   commandId: 'c-1',
 * })
 */
export const createWenmingDomain = (options: WenmingDomainOptions = {}): WenmingDomain => {
  const runtime = createDomainRuntime(options.stateCache)
  const openHolds = new WeakMap<EventStore, OpenHolds>()
  const volunteerOptions: VolunteerHandlerOptions = options.volunteers ?? {
    idDigest: () => {
      throw new Error(
        'createWenmingDomain: no volunteers.idDigest configured to register volunteers',
      )
    },
  }
  const domain: Omit<WenmingDomain, 'handleWenmingCommand'> = {
    handleSiteCommand: (store, command, context) =>
      handleSiteCommand(runtime, store, command, context),
    handleTeamCommand: (store, command, context) =>
      handleTeamCommand(runtime, store, command, context),
    handleOrderCommand: (store, command, context) =>
      handleOrderCommand(runtime, store, command, context),
    handleClusterCommand: (store, command, context) =>
      handleClusterCommand(runtime, store, command, context),
    handleActivityCommand: (store, command, context) =>
      handleActivityCommand(runtime, store, command, context),
    handleMonthlyThemeCommand: (store, command, context) =>
      handleMonthlyThemeCommand(runtime, store, command, context),
    readSite: (store, siteId) => runtime.read.site(store, siteStream(siteId)),
    readTeam: (store, teamId) => runtime.read.team(store, teamStream(teamId)),
    readOrder: (store, orderId) => runtime.read.order(store, orderStream(orderId)),
    readCluster: (store, clusterId) => runtime.read.cluster(store, clusterStream(clusterId)),
    readActivity: (store, activityId) => runtime.read.activity(store, activityStream(activityId)),
    readMonthlyTheme: (store, month) => runtime.read.monthlyTheme(store, monthlyThemeStream(month)),
    recoverProcesses: (store, recovery) => {
      let holds = openHolds.get(store)
      if (holds === undefined) openHolds.set(store, (holds = emptyOpenHolds()))
      return recoverProcesses(runtime, store, holds, recovery)
    },
    handleVolunteerCommand: (store, command, context) =>
      handleVolunteerCommand(runtime, store, command, context, volunteerOptions),
    handleShiftCommand: (store, command, context) =>
      handleShiftCommand(runtime, store, command, context),
    handleProjectCommand: (store, command, context) =>
      handleProjectCommand(runtime, store, command, context),
    readProject: (store, projectId) => runtime.read.project(store, projectStream(projectId)),
    readProjectRound: (store, roundId) =>
      runtime.read.projectRound(store, projectRoundStream(roundId)),
    handleCatalogueCommand: (store, command, context) =>
      handleCatalogueCommand(runtime, store, command, context),
    readCatalogue: (store, districtId) =>
      runtime.read.catalogue(store, catalogueStream(districtId)),
    readVolunteer: (store, volunteerId) =>
      runtime.read.volunteer(store, volunteerStream(volunteerId)),
    readShift: (store, shiftId) => runtime.read.shift(store, shiftStream(shiftId)),
  }
  const handleWenmingCommand = async (
    store: EventStore,
    command: WenmingCommand,
    context: CommandContext,
  ): Promise<WenmingCommandResult> =>
    match(command)
      .returnType<Promise<WenmingCommandResult>>()
      .with({ type: 'RegisterSite' }, { type: 'RenameSite' }, { type: 'MarkSiteWeak' }, (c) =>
        domain.handleSiteCommand(store, c, context),
      )
      .with({ type: 'ClearSiteWeakMark' }, { type: 'CloseSite' }, (c) =>
        domain.handleSiteCommand(store, c, context),
      )
      .with(
        { type: 'RegisterTeam' },
        { type: 'JoinTeam' },
        { type: 'LeaveTeam' },
        { type: 'ChangeTeamCapacity' },
        { type: 'ChangeTeamCategories' },
        (c) => domain.handleTeamCommand(store, c, context),
      )
      .with(
        { type: 'SuspendTeam' },
        { type: 'ReinstateTeam' },
        { type: 'DissolveTeam' },
        { type: 'AwardTeamFlag' },
        (c) => domain.handleTeamCommand(store, c, context),
      )
      .with(
        { type: 'PlaceRequestOrder' },
        { type: 'IssueDirectiveOrder' },
        { type: 'AcceptOrder' },
        { type: 'RejectOrder' },
        { type: 'DispatchOrder' },
        { type: 'RedispatchOrder' },
        (c) => domain.handleOrderCommand(store, c, context),
      )
      .with(
        { type: 'EscalateOrder' },
        { type: 'TakeOrder' },
        { type: 'DeclineOrder' },
        { type: 'CancelOrder' },
        { type: 'CompleteOrder' },
        { type: 'EvaluateOrder' },
        (c) => domain.handleOrderCommand(store, c, context),
      )
      .with(
        { type: 'FormCluster' },
        { type: 'JoinCluster' },
        { type: 'LeaveCluster' },
        { type: 'PoolTeam' },
        { type: 'WithdrawTeam' },
        (c) => domain.handleClusterCommand(store, c, context),
      )
      .with({ type: 'OfferVenue' }, { type: 'WithdrawVenue' }, { type: 'DissolveCluster' }, (c) =>
        domain.handleClusterCommand(store, c, context),
      )
      .with({ type: 'PlanActivity' }, { type: 'HoldActivity' }, { type: 'CancelActivity' }, (c) =>
        domain.handleActivityCommand(store, c, context).then(plain),
      )
      .with({ type: 'SetMonthlyTheme' }, (c) =>
        domain.handleMonthlyThemeCommand(store, c, context).then(plain),
      )
      .with(
        { type: 'PublishCatalogueEntry' },
        { type: 'ReviseCatalogueEntry' },
        { type: 'RetireCatalogueEntry' },
        (c) => domain.handleCatalogueCommand(store, c, context),
      )
      .with(
        { type: 'SubmitProject' },
        { type: 'OpenProjectRound' },
        { type: 'ScoreProject' },
        { type: 'CloseProjectRound' },
        (c) => domain.handleProjectCommand(store, c, context),
      )
      .with(
        { type: 'RegisterVolunteer' },
        { type: 'SuspendVolunteer' },
        { type: 'ReinstateVolunteer' },
        { type: 'DeregisterVolunteer' },
        { type: 'RecordService' },
        (c) => domain.handleVolunteerCommand(store, c, context),
      )
      .with(
        { type: 'ConfirmShiftHours' },
        { type: 'RequestCorrection' },
        { type: 'CorrectServiceRecord' },
        { type: 'RefuseCorrection' },
        { type: 'IssueCertificate' },
        (c) => domain.handleVolunteerCommand(store, c, context),
      )
      .with(
        { type: 'ScheduleShift' },
        { type: 'CheckIn' },
        { type: 'CheckOut' },
        { type: 'CloseAttendance' },
        (c) => domain.handleShiftCommand(store, c, context).then(plain),
      )
      .exhaustive()
  return { ...domain, handleWenmingCommand }
}
