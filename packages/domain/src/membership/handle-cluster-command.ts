import type { CommandContext, EventStore } from '@wenming/event-store'
import { clusterDecider } from '../cluster/cluster-decider.js'
import type { ClusterCommand, FormCluster, JoinCluster } from '../cluster/commands.js'
import type { ClusterDeciderCommand } from '../cluster/decide.js'
import type { ClusterEvent } from '../cluster/events.js'
import { handleClusterDecision } from '../cluster/handle-cluster-decision.js'
import type { DomainResult } from '../shared/domain-result.js'
import { readState } from '../shared/read-state.js'
import { recordOrCompensate } from '../shared/record-or-compensate.js'
import { stepContext } from '../shared/step-context.js'
import { streamHasCommand } from '../shared/stream-has-command.js'
import { clusterStream, teamStream } from '../shared/stream-names.js'
import type { SiteEvent } from '../site/events.js'
import { teamDecider } from '../team/team-decider.js'
import { teamFacts } from '../team/team-facts.js'
import type { MembershipError } from './membership-error.js'
import { membershipProcess } from './membership-process.js'
import { runSiteCommands } from './run-site-commands.js'

type Result = DomainResult<ClusterEvent | SiteEvent, MembershipError>

const resolveFacts = async (
  store: EventStore,
  command: ClusterCommand,
): Promise<ClusterDeciderCommand> =>
  command.type === 'PoolTeam'
    ? {
        ...command,
        facts: {
          team: teamFacts(await readState(store, teamDecider, teamStream(command.data.teamId))),
        },
      }
    : command

/** Form or join: claim every site on its own stream (C1), then record on the cluster; compensate. */
const join = async (
  store: EventStore,
  command: FormCluster | JoinCluster,
  context: CommandContext,
): Promise<Result> => {
  const { clusterId } = command.data
  const stream = clusterStream(clusterId)
  if (!(await streamHasCommand(store, stream, context.commandId))) {
    const check = clusterDecider.decide(command, await readState(store, clusterDecider, stream))
    if (!check.ok) return { ok: false, error: check.error }
  }
  const siteIds =
    command.type === 'FormCluster'
      ? [command.data.leadSiteId, ...command.data.memberSiteIds]
      : [command.data.siteId]
  const { metadata } = command
  const claims = membershipProcess({ type: 'MembershipRequested', clusterId, siteIds, metadata })
  const claimed = await runSiteCommands(store, claims, stepContext(context, 'claim'), true)
  const compensate = () =>
    runSiteCommands(
      store,
      membershipProcess({
        type: 'MembershipNotRecorded',
        clusterId,
        claimedSiteIds: claimed.doneSiteIds,
        metadata,
      }),
      stepContext(context, 'compensate'),
      false,
    )
  if (claimed.refusal !== null) {
    await compensate()
    return { ok: false, error: claimed.refusal }
  }
  const recorded = await recordOrCompensate(
    () => handleClusterDecision(store, stream, command, context),
    compensate,
  )
  if (!recorded.ok) return { ok: false, error: recorded.error }
  return {
    ok: true,
    events: [...claimed.events, ...recorded.events],
    nextExpectedRevision: recorded.nextExpectedRevision,
  }
}

/**
 * Handles any cluster command on `cluster-<clusterId>`: forming and joining claim the sites on their
 * own streams first (C1, compensated on failure); leaving and dissolving release them afterwards;
 * pooling reads the team's home site and status from the team's stream (C2).
 *
 * @example
 * const result = await handleClusterCommand(store, clusterCommandSchema.parse(body), { commandId })
 */
export const handleClusterCommand = async (
  store: EventStore,
  command: ClusterCommand,
  context: CommandContext,
): Promise<Result> => {
  if (command.type === 'FormCluster' || command.type === 'JoinCluster') {
    return join(store, command, context)
  }
  const stream = clusterStream(command.data.clusterId)
  const recorded = await handleClusterDecision(
    store,
    stream,
    await resolveFacts(store, command),
    context,
  )
  if (!recorded.ok) return { ok: false, error: recorded.error }
  const releases = recorded.events.flatMap((event) =>
    membershipProcess({ type: 'ClusterEventRecorded', event, metadata: command.metadata }),
  )
  const released = await runSiteCommands(store, releases, stepContext(context, 'release'), false)
  return {
    ok: true,
    events: [...recorded.events, ...released.events],
    nextExpectedRevision: recorded.nextExpectedRevision,
  }
}
