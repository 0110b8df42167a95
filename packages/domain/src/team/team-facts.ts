import type { SiteLevel } from '../shared/site-level.js'
import type { TeamState } from './state.js'

/** What other aggregates' decisions need to know about a team, read from its stream. */
export type TeamFacts = {
  readonly teamId: string
  readonly homeSiteId: string
  /** The home site's level as the registration recorded it (`null` for older teams). */
  readonly homeSiteLevel?: SiteLevel | null
  /** The home site's district (D1) as the registration recorded it (`null` for older teams). */
  readonly homeDistrictId?: string | null
  readonly status: 'active' | 'suspended' | 'dissolved'
  readonly categories: readonly string[]
}

/** The facts of a registered team, or `null` when its stream holds no registration. */
export const teamFacts = (state: TeamState): TeamFacts | null =>
  state.status === 'unregistered'
    ? null
    : {
        teamId: state.teamId,
        homeSiteId: state.homeSiteId,
        homeSiteLevel: state.homeSiteLevel,
        homeDistrictId: state.homeDistrictId,
        status: state.status,
        categories: state.categories,
      }
