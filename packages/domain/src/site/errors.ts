import type { SiteLevel } from '../shared/site-level.js'

/** Why a site command is refused. */
export type SiteError =
  | { readonly type: 'SiteAlreadyRegistered'; readonly siteId: string }
  | { readonly type: 'SiteNotFound'; readonly siteId: string }
  | { readonly type: 'SiteIsClosed'; readonly siteId: string }
  | { readonly type: 'ParentSiteUnavailable'; readonly siteId: string; readonly parentId: string }
  | {
      readonly type: 'ParentLevelMismatch'
      readonly siteId: string
      readonly level: SiteLevel
      /** The parent's level, or `null` when none was given. */
      readonly parentLevel: SiteLevel | null
    }
  | { readonly type: 'SiteAlreadyWeak'; readonly siteId: string }
  /** Only a station or a service point is marked weak (薄弱), never the centre or an institute. */
  | { readonly type: 'SiteCannotBeWeak'; readonly siteId: string; readonly level: SiteLevel }
  | { readonly type: 'SiteNotWeak'; readonly siteId: string }
  | { readonly type: 'SiteInCluster'; readonly siteId: string; readonly clusterId: string }
  | { readonly type: 'SiteNotInCluster'; readonly siteId: string; readonly clusterId: string }
  /** D1: a cluster's sites are all of the lead site's district. */
  | {
      readonly type: 'SiteInAnotherDistrict'
      readonly siteId: string
      readonly districtId: string
      readonly clusterId: string
      readonly clusterDistrictId: string
    }
