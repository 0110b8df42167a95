/** Why a cluster command is refused. */
export type ClusterError =
  | { readonly type: 'ClusterAlreadyExists'; readonly clusterId: string }
  | { readonly type: 'ClusterNotFound'; readonly clusterId: string }
  | { readonly type: 'ClusterIsDissolved'; readonly clusterId: string }
  | { readonly type: 'ClusterTooSmall'; readonly clusterId: string; readonly memberSites: number }
  | { readonly type: 'DuplicateClusterSite'; readonly clusterId: string; readonly siteId: string }
  | {
      readonly type: 'SiteAlreadyInThisCluster'
      readonly clusterId: string
      readonly siteId: string
    }
  | { readonly type: 'SiteNotInThisCluster'; readonly clusterId: string; readonly siteId: string }
  | { readonly type: 'LeadSiteCannotLeave'; readonly clusterId: string; readonly siteId: string }
  | { readonly type: 'PoolTeamUnavailable'; readonly clusterId: string; readonly teamId: string }
  | {
      readonly type: 'TeamHomeSiteNotInCluster'
      readonly clusterId: string
      readonly teamId: string
      readonly homeSiteId: string
    }
  | { readonly type: 'TeamAlreadyPooled'; readonly clusterId: string; readonly teamId: string }
  | { readonly type: 'TeamNotPooled'; readonly clusterId: string; readonly teamId: string }
  | { readonly type: 'VenueAlreadyOffered'; readonly clusterId: string; readonly venueId: string }
  | { readonly type: 'VenueNotFound'; readonly clusterId: string; readonly venueId: string }
