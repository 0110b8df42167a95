import type { ReadModel } from '@wenming/event-store'
import type { NetworkClusterRow, NetworkRows } from './network-rows.js'
import { byCodeUnit, pageOf, type Page, type PageRequest } from './page.js'

/** A cluster with its member sites and pooled teams named, and its joint work counted. */
export type ClusterEntry = NetworkClusterRow & {
  readonly members: readonly { siteId: string; name: string; weak: boolean }[]
  readonly pooledTeams: readonly { teamId: string; name: string; homeSiteId: string }[]
  readonly jointActivityCount: number
  readonly jointAudience: number
}

/** Which clusters to list. */
export type ClusterFilter = PageRequest & {
  readonly siteId?: string
  readonly includeDissolved?: boolean
}

const toEntry = (model: ReadModel<NetworkRows>, row: NetworkClusterRow): ClusterEntry => ({
  ...row,
  members: row.memberSiteIds.map((siteId) => {
    const site = model.sites.get(siteId)
    return { siteId, name: site?.name ?? siteId, weak: site?.weak ?? false }
  }),
  pooledTeams: row.pooledTeamIds.map((teamId) => {
    const team = model.teams.get(teamId)
    return { teamId, name: team?.name ?? teamId, homeSiteId: team?.homeSiteId ?? '' }
  }),
  jointActivityCount: row.jointActivities.length,
  jointAudience: row.jointActivities.reduce((sum, a) => sum + a.audience, 0),
})

/** The clusters that match `filter`, by id (active ones unless `includeDissolved`). */
export const queryClusters = (
  model: ReadModel<NetworkRows>,
  filter: ClusterFilter = {},
): Page<ClusterEntry> => {
  const rows = [...model.clusters.values()]
    .filter((row) => filter.includeDissolved === true || row.status === 'active')
    .filter((row) => filter.siteId === undefined || row.memberSiteIds.includes(filter.siteId))
    .sort((a, b) => byCodeUnit(a.clusterId, b.clusterId))
  const page = pageOf(rows, filter)
  return { ...page, items: page.items.map((row) => toEntry(model, row)) }
}

/** Cluster `clusterId` with members, pooled teams, venues and joint activities; undefined if unknown. */
export const queryCluster = (
  model: ReadModel<NetworkRows>,
  clusterId: string,
): ClusterEntry | undefined => {
  const row = model.clusters.get(clusterId)
  return row === undefined ? undefined : toEntry(model, row)
}
