import {
  createCommandHandler,
  createStateReader,
  type CommandHandler,
  type StateReader,
  type StreamStateCacheOptions,
} from '@wenming/event-store'
import { activityDecider } from '../activity/activity-decider.js'
import type { ActivityDeciderCommand } from '../activity/decide.js'
import type { ActivityError } from '../activity/errors.js'
import { activityEventSchemaVersions, type ActivityEvent } from '../activity/events.js'
import type { MonthlyThemeCommand } from '../activity/monthly-theme/commands.js'
import type { MonthlyThemeError } from '../activity/monthly-theme/errors.js'
import {
  monthlyThemeEventSchemaVersions,
  type MonthlyThemeEvent,
} from '../activity/monthly-theme/events.js'
import { monthlyThemeDecider } from '../activity/monthly-theme/monthly-theme-decider.js'
import type { MonthlyThemeState } from '../activity/monthly-theme/state.js'
import type { ActivityState } from '../activity/state.js'
import { catalogueDecider } from '../catalogue/catalogue-decider.js'
import type { CatalogueDeciderCommand } from '../catalogue/decide.js'
import type { CatalogueError } from '../catalogue/errors.js'
import { catalogueEventSchemaVersions, type CatalogueEvent } from '../catalogue/events.js'
import type { CatalogueState } from '../catalogue/state.js'
import type { ProjectError } from '../project/errors.js'
import {
  projectEventSchemaVersions,
  type ProjectEvent,
  type ProjectRoundEvent,
} from '../project/events.js'
import { projectDecider, type ProjectDeciderCommand } from '../project/project-decider.js'
import {
  projectRoundDecider,
  type ProjectRoundDeciderCommand,
} from '../project/project-round-decider.js'
import type { ProjectRoundState, ProjectState } from '../project/state.js'
import { clusterDecider } from '../cluster/cluster-decider.js'
import type { ClusterDeciderCommand } from '../cluster/decide.js'
import type { ClusterError } from '../cluster/errors.js'
import { clusterEventSchemaVersions, type ClusterEvent } from '../cluster/events.js'
import type { ClusterState } from '../cluster/state.js'
import type { OrderError } from '../order/errors.js'
import { orderEventSchemaVersions, type OrderEvent } from '../order/events.js'
import type { OrderDeciderCommand } from '../order/order-commands-with-facts.js'
import { orderDecider } from '../order/order-decider.js'
import type { OrderState } from '../order/state.js'
import { schemaVersionMetadata } from '../shared/schema-version-metadata.js'
import type { SiteDeciderCommand } from '../site/decide.js'
import type { SiteError } from '../site/errors.js'
import { siteEventSchemaVersions, type SiteEvent } from '../site/events.js'
import { siteDecider } from '../site/site-decider.js'
import type { SiteState } from '../site/state.js'
import type { TeamDeciderCommand } from '../team/decide.js'
import type { TeamError } from '../team/errors.js'
import { teamEventSchemaVersions, type TeamEvent } from '../team/events.js'
import type { TeamState } from '../team/state.js'
import { teamDecider } from '../team/team-decider.js'
import type { ShiftDeciderCommand } from '../shift/decide.js'
import type { ShiftError } from '../shift/errors.js'
import { shiftEventSchemaVersions, type ShiftEvent } from '../shift/events.js'
import { shiftDecider } from '../shift/shift-decider.js'
import type { ShiftState } from '../shift/state.js'
import type { VolunteerDeciderCommand } from '../volunteer/decide.js'
import type { VolunteerError } from '../volunteer/errors.js'
import { volunteerEventSchemaVersions, type VolunteerEvent } from '../volunteer/events.js'
import type { VolunteerState } from '../volunteer/state.js'
import { volunteerDecider } from '../volunteer/volunteer-decider.js'
import {
  volunteerIdClaimEventSchemaVersions,
  type VolunteerIdClaimEvent,
} from '../volunteer-id-claim/events.js'
import {
  volunteerIdClaimDecider,
  type VolunteerIdClaimCommand,
  type VolunteerIdClaimState,
} from '../volunteer-id-claim/volunteer-id-claim-decider.js'

/**
 * The kernel's command handlers and state readers of every decider, made for one domain object:
 * their stream state caches live here, sized (or off) as the app configured them, not in module
 * state. Internal: the handlers take commands with caller-supplied facts.
 */
export type DomainRuntime = {
  readonly handle: {
    readonly site: CommandHandler<SiteDeciderCommand, SiteEvent, SiteState, SiteError>
    readonly team: CommandHandler<TeamDeciderCommand, TeamEvent, TeamState, TeamError>
    readonly order: CommandHandler<OrderDeciderCommand, OrderEvent, OrderState, OrderError>
    readonly cluster: CommandHandler<
      ClusterDeciderCommand,
      ClusterEvent,
      ClusterState,
      ClusterError
    >
    readonly activity: CommandHandler<
      ActivityDeciderCommand,
      ActivityEvent,
      ActivityState,
      ActivityError
    >
    readonly monthlyTheme: CommandHandler<
      MonthlyThemeCommand,
      MonthlyThemeEvent,
      MonthlyThemeState,
      MonthlyThemeError
    >
    readonly volunteer: CommandHandler<
      VolunteerDeciderCommand,
      VolunteerEvent,
      VolunteerState,
      VolunteerError
    >
    readonly volunteerIdClaim: CommandHandler<
      VolunteerIdClaimCommand,
      VolunteerIdClaimEvent,
      VolunteerIdClaimState,
      VolunteerError
    >
    readonly shift: CommandHandler<ShiftDeciderCommand, ShiftEvent, ShiftState, ShiftError>
    readonly catalogue: CommandHandler<
      CatalogueDeciderCommand,
      CatalogueEvent,
      CatalogueState,
      CatalogueError
    >
    readonly project: CommandHandler<
      ProjectDeciderCommand,
      ProjectEvent,
      ProjectState,
      ProjectError
    >
    readonly projectRound: CommandHandler<
      ProjectRoundDeciderCommand,
      ProjectRoundEvent,
      ProjectRoundState,
      ProjectError
    >
  }
  readonly read: {
    readonly site: StateReader<SiteState>
    readonly team: StateReader<TeamState>
    readonly order: StateReader<OrderState>
    readonly cluster: StateReader<ClusterState>
    readonly activity: StateReader<ActivityState>
    readonly monthlyTheme: StateReader<MonthlyThemeState>
    readonly volunteer: StateReader<VolunteerState>
    readonly shift: StateReader<ShiftState>
    readonly catalogue: StateReader<CatalogueState>
    readonly project: StateReader<ProjectState>
    readonly projectRound: StateReader<ProjectRoundState>
  }
}

/** Makes a {@link DomainRuntime}; `stateCache` sizes every handler's and reader's cache, or turns them off. */
export const createDomainRuntime = (
  stateCache: false | StreamStateCacheOptions = {},
): DomainRuntime => {
  const options = { stateCache }
  return {
    handle: {
      site: createCommandHandler(siteDecider, {
        ...options,
        eventMetadata: schemaVersionMetadata(siteEventSchemaVersions),
      }),
      team: createCommandHandler(teamDecider, {
        ...options,
        eventMetadata: schemaVersionMetadata(teamEventSchemaVersions),
      }),
      order: createCommandHandler(orderDecider, {
        ...options,
        eventMetadata: schemaVersionMetadata(orderEventSchemaVersions),
      }),
      cluster: createCommandHandler(clusterDecider, {
        ...options,
        eventMetadata: schemaVersionMetadata(clusterEventSchemaVersions),
      }),
      activity: createCommandHandler(activityDecider, {
        ...options,
        eventMetadata: schemaVersionMetadata(activityEventSchemaVersions),
      }),
      monthlyTheme: createCommandHandler(monthlyThemeDecider, {
        ...options,
        eventMetadata: schemaVersionMetadata(monthlyThemeEventSchemaVersions),
      }),
      volunteer: createCommandHandler(volunteerDecider, {
        ...options,
        eventMetadata: schemaVersionMetadata(volunteerEventSchemaVersions),
      }),
      volunteerIdClaim: createCommandHandler(volunteerIdClaimDecider, {
        ...options,
        eventMetadata: schemaVersionMetadata(volunteerIdClaimEventSchemaVersions),
      }),
      shift: createCommandHandler(shiftDecider, {
        ...options,
        eventMetadata: schemaVersionMetadata(shiftEventSchemaVersions),
      }),
      catalogue: createCommandHandler(catalogueDecider, {
        ...options,
        eventMetadata: schemaVersionMetadata(catalogueEventSchemaVersions),
      }),
      project: createCommandHandler(projectDecider, {
        ...options,
        eventMetadata: schemaVersionMetadata(projectEventSchemaVersions),
      }),
      projectRound: createCommandHandler(projectRoundDecider, {
        ...options,
        eventMetadata: schemaVersionMetadata(projectEventSchemaVersions),
      }),
    },
    read: {
      site: createStateReader(siteDecider, options),
      team: createStateReader(teamDecider, options),
      order: createStateReader(orderDecider, options),
      cluster: createStateReader(clusterDecider, options),
      activity: createStateReader(activityDecider, options),
      monthlyTheme: createStateReader(monthlyThemeDecider, options),
      volunteer: createStateReader(volunteerDecider, options),
      shift: createStateReader(shiftDecider, options),
      catalogue: createStateReader(catalogueDecider, options),
      project: createStateReader(projectDecider, options),
      projectRound: createStateReader(projectRoundDecider, options),
    },
  }
}
