import type { WenmingEvent } from '@wenming/domain'
import type { RowChange } from '@wenming/event-store'

/** The cluster a site belongs to now (C1), as the cluster's stream records it. */
export type SiteClusterRow = { readonly siteId: string; readonly clusterId: string }

type SiteClusters = { siteClusters: SiteClusterRow }

const member = (siteId: string, clusterId: string): RowChange<SiteClusters> => ({
  table: 'siteClusters',
  key: siteId,
  row: { siteId, clusterId },
})

/**
 * Keeps a `siteClusters` table (site -> cluster) from the cluster events: formed, joined, left,
 * dissolved. A site that leaves is removed only if it still belongs to that cluster.
 */
export const siteClusterChanges = (
  readModel: { readonly siteClusters: ReadonlyMap<string, SiteClusterRow> },
  event: WenmingEvent,
): RowChange<SiteClusters>[] => {
  const leave = (siteIds: readonly string[], clusterId: string): RowChange<SiteClusters>[] =>
    siteIds
      .filter((siteId) => readModel.siteClusters.get(siteId)?.clusterId === clusterId)
      .map((siteId) => ({ table: 'siteClusters', key: siteId, row: undefined }))
  switch (event.type) {
    case 'ClusterFormed':
      return [event.data.leadSiteId, ...event.data.memberSiteIds].map((siteId) =>
        member(siteId, event.data.clusterId),
      )
    case 'ClusterSiteJoined':
      return [member(event.data.siteId, event.data.clusterId)]
    case 'ClusterSiteLeft':
      return leave([event.data.siteId], event.data.clusterId)
    case 'ClusterDissolved':
      return leave(event.data.releasedSiteIds, event.data.clusterId)
    default:
      return []
  }
}

/** The cluster events {@link siteClusterChanges} reads. */
export const siteClusterEventTypes = [
  'ClusterFormed',
  'ClusterSiteJoined',
  'ClusterSiteLeft',
  'ClusterDissolved',
] as const
