import type { ActivityKind, Organiser, Post, SiteLevel } from '@wenming/domain'

/** One activity as it stands: planned, held (with its report figures) or cancelled. */
export type ActivityRow = {
  readonly activityId: string
  readonly title: string
  readonly kind: ActivityKind
  readonly status: 'planned' | 'held' | 'cancelled'
  readonly organizerSiteId: string
  readonly clusterId: string | null
  readonly festival: string | null
  readonly intersection: string | null
  /** The monthly theme it carries (`YYYY-MM`), if any. */
  readonly themeMonth: string | null
  readonly teamIds: readonly string[]
  /** The day it was held, or else planned for (`YYYY-MM-DD`). */
  readonly date: string
  readonly volunteers: number
  readonly hours: number
  readonly audience: number
}

/** A shift of an activity at one post, with who checked in and out so far (V3). */
export type ShiftRow = {
  readonly shiftId: string
  readonly activityId: string
  readonly title: string
  readonly date: string
  readonly post: Post
  readonly startsAt: string
  readonly endsAt: string
  readonly maxHours: number
  /** The code volunteers give at check-in: for the organiser and staff, never for volunteers. */
  readonly checkInCode: string
  readonly organiser: Organiser
  /** Volunteers checked in and not yet out. */
  readonly present: number
  /** Volunteers whose attendance is closed (checked out, or closed by the organiser). */
  readonly attended: number
}

/** The theme the centre set for a month (the latest revision). */
export type MonthlyThemeRow = {
  readonly month: string
  readonly title: string
  readonly description: string | null
  readonly setAt: string
}

/** What compliance needs of a site: its level, parent and name. */
export type ActivitySiteRow = {
  readonly siteId: string
  readonly parentId: string | null
  readonly level: SiteLevel
  readonly name: string
  readonly closed: boolean
}

/** The tables of the activity directory. */
export type ActivityDirectoryRows = {
  activities: ActivityRow
  shifts: ShiftRow
  themes: MonthlyThemeRow
  sites: ActivitySiteRow
}
