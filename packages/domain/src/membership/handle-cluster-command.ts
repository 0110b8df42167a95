import {
  matchesExpectedRevision,
  WrongExpectedRevisionError,
  type CommandContext,
  type EventStore,
} from '@wenming/event-store'
import { clusterDecider } from '../cluster/cluster-decider.js'
import type { ClusterCommand } from '../cluster/commands.js'
import type { ClusterDeciderCommand } from '../cluster/decide.js'
import type { ClusterEvent } from '../cluster/events.js'
import { runProcess } from '../process/run-process.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import type { DomainResult } from '../shared/domain-result.js'
import { clusterStream, teamStream } from '../shared/stream-names.js'
import type { SiteEvent } from '../site/events.js'
import { readSiteDistrictById } from '../site/read-site-district.js'
import { teamFacts } from '../team/team-facts.js'
import { membershipDefinition } from './membership-definition.js'
import type { MembershipError } from './membership-error.js'
import { membershipProcess } from './membership-process.js'

type Result = DomainResult<ClusterEvent | SiteEvent, MembershipError>

const resolveFacts = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: ClusterCommand,
): Promise<ClusterDeciderCommand> =>
  command.type === 'PoolTeam'
    ? {
        ...command,
        facts: {
          team: teamFacts(await runtime.read.team(store, teamStream(command.data.teamId))),
        },
      }
    : command

/**
 * Handles any cluster command on `cluster-<clusterId>` through the membership process: forming and
 * joining claim the sites on their own streams first (C1; the cluster's stream is read once, and
 * `If-Match` and the cluster decider are checked before anything is claimed), leaving and dissolving
 * release them afterwards; pooling reads the team's home site and status from its stream (C2).
 */
export const handleClusterCommand = async (
  runtime: DomainRuntime,
  store: EventStore,
  command: ClusterCommand,
  context: CommandContext,
): Promise<Result> => {
  const stream = clusterStream(command.data.clusterId)
  const definition = membershipDefinition(runtime)
  const { metadata } = command
  if (command.type !== 'FormCluster' && command.type !== 'JoinCluster') {
    const decided = await resolveFacts(runtime, store, command)
    return runProcess(definition, store, context, {
      holds: [],
      recorded: false,
      metadata,
      record: () => runtime.handle.cluster(store, stream, decided, context),
    })
  }
  const cluster = await runtime.handle.cluster.load(store, stream, context.commandId)
  const resent = cluster.replay !== undefined
  if (!resent) {
    const pinned = context.expectedRevision
    const actual = cluster.revision < 0 ? 'no_stream' : cluster.revision
    if (pinned !== undefined && !matchesExpectedRevision(pinned, actual)) {
      throw new WrongExpectedRevisionError(stream, pinned, actual)
    }
    const check = clusterDecider.decide(command, cluster.state)
    if (!check.ok) return { ok: false, error: check.error }
  }
  const siteIds =
    command.type === 'FormCluster'
      ? [command.data.leadSiteId, ...command.data.memberSiteIds]
      : [command.data.siteId]
  const { clusterId } = command.data
  // D1: every site of a cluster is of its lead site's district; each site's claim checks its own.
  const leadSiteId =
    command.type === 'FormCluster'
      ? command.data.leadSiteId
      : cluster.state.status === 'none'
        ? null
        : cluster.state.leadSiteId
  const districtId =
    leadSiteId === null ? null : await readSiteDistrictById(runtime, store, leadSiteId)
  return runProcess(definition, store, context, {
    holds: membershipProcess({
      type: 'MembershipRequested',
      clusterId,
      siteIds,
      districtId,
      metadata,
    }),
    recorded: resent,
    metadata,
    record: () => runtime.handle.cluster(store, stream, command, context, cluster),
  })
}
