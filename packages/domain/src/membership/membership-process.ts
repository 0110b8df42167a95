import { match } from 'ts-pattern'
import type { ClusterEvent } from '../cluster/events.js'
import type { CommandMetadata } from '../shared/command-metadata.js'
import type { SiteClusterCommand } from '../site/commands.js'

/** What the cluster-membership process reacts to. */
export type MembershipProcessInput =
  /** Sites are to join a cluster (forming it, or joining it): claim each on its own stream first. */
  | {
      readonly type: 'MembershipRequested'
      readonly clusterId: string
      readonly siteIds: readonly string[]
      /** The cluster's district (its lead site's, D1), or `null` when it cannot be told. */
      readonly districtId: string | null
      readonly metadata: CommandMetadata
    }
  /** Claims were taken but the cluster's stream refused the membership: release them. */
  | {
      readonly type: 'MembershipNotRecorded'
      readonly clusterId: string
      readonly claimedSiteIds: readonly string[]
      readonly metadata: CommandMetadata
    }
  /** An event recorded on the cluster's stream. */
  | {
      readonly type: 'ClusterEventRecorded'
      readonly event: ClusterEvent
      readonly metadata: CommandMetadata
    }

const release = (
  clusterId: string,
  siteId: string,
  metadata: CommandMetadata,
): SiteClusterCommand => ({
  type: 'ReleaseSiteFromCluster',
  data: { siteId, clusterId },
  metadata,
})

/**
 * The cluster-membership process manager (C1), a pure function of events to site commands: claim a
 * site on its own stream before it joins, release the claims when the join cannot be recorded, and
 * release sites that leave or whose cluster is dissolved.
 */
export const membershipProcess = (input: MembershipProcessInput): readonly SiteClusterCommand[] =>
  match(input)
    .returnType<readonly SiteClusterCommand[]>()
    .with({ type: 'MembershipRequested' }, ({ clusterId, siteIds, districtId, metadata }) =>
      siteIds.map((siteId) => ({
        type: 'ClaimSiteForCluster' as const,
        data: { siteId, clusterId, ...(districtId === null ? {} : { districtId }) },
        metadata,
      })),
    )
    .with({ type: 'MembershipNotRecorded' }, ({ clusterId, claimedSiteIds, metadata }) =>
      claimedSiteIds.map((siteId) => release(clusterId, siteId, metadata)),
    )
    .with({ type: 'ClusterEventRecorded' }, ({ event, metadata }) =>
      match(event)
        .returnType<readonly SiteClusterCommand[]>()
        .with({ type: 'ClusterSiteLeft' }, ({ data }) => [
          release(data.clusterId, data.siteId, metadata),
        ])
        .with({ type: 'ClusterDissolved' }, ({ data }) =>
          data.releasedSiteIds.map((siteId) => release(data.clusterId, siteId, metadata)),
        )
        .otherwise(() => []),
    )
    .exhaustive()
