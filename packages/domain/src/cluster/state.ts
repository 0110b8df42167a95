/** A cluster (五联共建) as its stream tells it. */
export type ClusterState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active' | 'dissolved'
      readonly clusterId: string
      readonly name: string
      readonly leadSiteId: string
      /** Member sites besides the lead (C3: at least two while active). */
      readonly memberSiteIds: readonly string[]
      /** Home site by pooled team id (C2). */
      readonly pooledTeams: Readonly<Record<string, string>>
      /** Offering site by venue id (C4). */
      readonly venues: Readonly<Record<string, string>>
      readonly jointActivityIds: readonly string[]
    }

/** A cluster that was formed. */
export type FormedCluster = Exclude<ClusterState, { status: 'none' }>

export const initialClusterState: ClusterState = { status: 'none' }

/** Whether `siteId` is the lead or a member of the cluster. */
export const isClusterSite = (cluster: FormedCluster, siteId: string): boolean =>
  cluster.leadSiteId === siteId || cluster.memberSiteIds.includes(siteId)
