import type { ClusterEvent } from '../cluster/events.js'
import type { ProcessDefinition } from '../process/process-definition.js'
import type { DomainRuntime } from '../runtime/domain-runtime.js'
import { siteStream } from '../shared/stream-names.js'
import type { SiteClusterCommand } from '../site/commands.js'
import type { SiteEvent } from '../site/events.js'
import type { MembershipError } from './membership-error.js'
import { membershipProcess } from './membership-process.js'

/**
 * The cluster-membership process (C1 across the sites' and the cluster's streams) as a definition for
 * `runProcess`: hold = claim a site on its own stream, undo = release it, follow-ups = the releases
 * a cluster event sets off (a site left, the cluster dissolved).
 */
export const membershipDefinition = (
  runtime: DomainRuntime,
): ProcessDefinition<
  SiteClusterCommand,
  SiteClusterCommand,
  ClusterEvent,
  SiteEvent,
  MembershipError
> => ({
  holdPhase: 'claim',
  stepName: (command) => `${command.type}:${command.data.siteId}`,
  hold: async (store, command, context) => {
    const result = await runtime.handle.site(
      store,
      siteStream(command.data.siteId),
      command,
      context,
    )
    if (!result.ok) return { ok: false, error: result.error }
    const held =
      result.state.status !== 'unregistered' && result.state.clusterId === command.data.clusterId
    return { ok: true, events: result.events, lost: result.replayed && !held }
  },
  undo: (command) => {
    const [release] = membershipProcess({
      type: 'MembershipNotRecorded',
      clusterId: command.data.clusterId,
      claimedSiteIds: [command.data.siteId],
      metadata: command.metadata,
    })
    if (release === undefined) throw new Error('The membership process releases what it claimed')
    return release
  },
  follow: (event, metadata) => membershipProcess({ type: 'ClusterEventRecorded', event, metadata }),
  release: async (store, command, context) => {
    const result = await runtime.handle.site(
      store,
      siteStream(command.data.siteId),
      command,
      context,
    )
    return result.ok ? result.events : []
  },
  abandoned: (command) => ({
    type: 'MembershipAbandoned',
    clusterId: command.data.clusterId,
    siteId: command.data.siteId,
  }),
})
