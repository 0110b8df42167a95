import type { SiteLevel } from '../shared/site-level.js'

/** A team as its stream tells it: not registered yet, or its details, members and reservations. */
export type TeamState =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'active' | 'suspended' | 'dissolved'
      readonly teamId: string
      readonly name: string
      readonly homeSiteId: string
      /** The home site's level, when the registration recorded it. */
      readonly homeSiteLevel: SiteLevel | null
      /** The home site's district (D1), when the registration recorded it. */
      readonly homeDistrictId: string | null
      readonly organizationId: string
      readonly platform: string
      readonly categories: readonly string[]
      readonly capacity: number
      readonly leaderId: string
      /** Display name by volunteer id (T3: unique). */
      readonly members: Readonly<Record<string, string>>
      /** Orders holding a unit of capacity, oldest first (T1: never more than `capacity`). */
      readonly reservations: readonly string[]
      readonly flags: number
    }

/** A registered team's state. */
export type RegisteredTeam = Exclude<TeamState, { status: 'unregistered' }>

export const initialTeamState: TeamState = { status: 'unregistered' }
