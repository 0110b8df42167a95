import type { ActivityKind } from './activity-kind.js'

/** The plan an activity stream remembers, copied into its `ActivityHeld` event. */
export type ActivityPlan = {
  readonly activityId: string
  readonly title: string
  readonly kind: ActivityKind
  readonly organizerSiteId: string
  readonly teamIds: readonly string[]
  readonly plannedDate: string
  readonly clusterId?: string
  readonly venueId?: string
  readonly festival?: string
  readonly intersection?: string
  readonly themeMonth?: string
}

/** Where an activity stands: not planned yet, planned, held (final) or cancelled (final). */
export type ActivityState =
  | { readonly status: 'none' }
  | { readonly status: 'planned'; readonly plan: ActivityPlan }
  | {
      readonly status: 'held'
      readonly plan: ActivityPlan
      readonly date: string
      readonly volunteers: number
      readonly audience: number
    }
  | { readonly status: 'cancelled'; readonly plan: ActivityPlan; readonly reason: string }

/** The state of an activity stream before its first event. */
export const initialActivityState: ActivityState = { status: 'none' }
