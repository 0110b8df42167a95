import type { ReadModel } from '@wenming/event-store'
import type { ClusterPoolRow, ClusterPoolRows } from './cluster-pool-rows.js'

/**
 * The clusters (or the one named, or the one a site belongs to), sorted by cluster id; dissolved
 * clusters only when `includeDissolved` is set.
 *
 * @example
 * queryClusterPool(runner.readModel(clusterPool), { siteId: 'station-12' })
 */
export const queryClusterPool = (
  readModel: ReadModel<ClusterPoolRows>,
  filter: { clusterId?: string; siteId?: string; includeDissolved?: boolean } = {},
): ClusterPoolRow[] => {
  const ofSite =
    filter.siteId === undefined ? undefined : readModel.siteClusters.get(filter.siteId)?.clusterId
  if (filter.siteId !== undefined && ofSite === undefined) return []
  return [...readModel.clusters.values()]
    .filter(
      (row) =>
        (filter.clusterId === undefined || row.clusterId === filter.clusterId) &&
        (ofSite === undefined || row.clusterId === ofSite) &&
        (filter.includeDissolved === true || row.status === 'active'),
    )
    .sort((a, b) => (a.clusterId < b.clusterId ? -1 : a.clusterId > b.clusterId ? 1 : 0))
}
