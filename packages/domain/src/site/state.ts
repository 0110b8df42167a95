import type { SiteLevel } from '../shared/site-level.js'
import type { Coordinates } from './events.js'

/** A site as its stream tells it: not registered yet, or open / closed with its details. */
export type SiteState =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'open' | 'closed'
      readonly siteId: string
      readonly parentId: string | null
      readonly level: SiteLevel
      readonly name: string
      readonly kind: string
      readonly coordinates: Coordinates
      readonly weak: boolean
      /** The centre of the site's district (D1), or `null` when an older registration left it out. */
      readonly districtId: string | null
      /** The cluster the site belongs to (C1), or `null`. */
      readonly clusterId: string | null
    }

export const initialSiteState: SiteState = { status: 'unregistered' }
