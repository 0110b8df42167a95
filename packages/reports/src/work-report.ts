import type { ReportScopeSummary } from './scope/report-scope.js'

/** The organising level of a site in the practice network. */
export type SiteLevel = 'center' | 'institute' | 'station' | 'point'

/** The kinds of activity a site or cluster holds. */
export type ActivityKind = 'square' | 'regular' | 'festival' | 'traffic_persuasion' | 'themed'

/** Figures of one calendar month inside the report's period (flows only). */
export type MonthlyFigures = {
  /** `YYYY-MM`. */
  month: string
  directiveOrdersIssued: number
  requestOrdersPlaced: number
  requestOrdersAccepted: number
  requestOrdersCompleted: number
  activities: number
  festivalActivities: number
  trafficPersuasionSessions: number
  audience: number
}

/**
 * The figures of a work report (年度工作总结) for one district and period, computed from events alone.
 * Stocks (teams, members, organisations, volunteers, clusters) are as of the period's last day
 * (or `asOf`, if earlier); flows (orders, activities, dispatches) count events inside the period.
 */
export type WorkReport = {
  /**
   * The district's centre site id (for a scoped report, the district of its site or of its
   * cluster's lead site), or null for every district in the log.
   */
  district: string | null
  /**
   * The district's name as its centre registered it, or `null` for several districts (or none):
   * renderers then say 区 / the district.
   */
  districtName: string | null
  /**
   * Whose figures these are: the district (or every district), an institute or station with the
   * sites below it, one site's own, or a cluster; each figure is filtered to the facts of the scope.
   */
  scope: ReportScopeSummary
  /** First day of the period, `YYYY-MM-DD` (local time of the report's zone). */
  from: string
  /** Last day of the period, inclusive. */
  to: string
  /** Events dated after this day are ignored. */
  asOf: string
  teams: {
    community: { teams: number; members: number }
    platform: { teams: number; members: number }
  }
  organizations: number
  /** Distinct volunteers who belong to at least one team (of either kind, of platform teams). */
  volunteers: { total: number; platform: number }
  /** 定单, each counted once however many teams it names. */
  directiveOrders: { issued: number; completed: number; evaluated: number }
  /** The tasks of those 定单: one per named team (O7). */
  directiveTasks: { issued: number; completed: number }
  requestOrders: {
    placed: number
    accepted: number
    rejected: number
    cancelled: number
    dispatched: number
    declined: number
    completed: number
    evaluated: number
    /** Mean rating of the evaluations in the period, or null when there were none. */
    averageRating: number | null
    /** Median hours from placement to first dispatch, over orders first dispatched in the period. */
    medianHoursToDispatch: number | null
    /** Median hours from a dispatch to its take, over takes in the period. */
    medianHoursToTake: number | null
  }
  activities: {
    total: number
    audience: number
    volunteers: number
    byLevel: Record<SiteLevel, number>
    byKind: Record<ActivityKind, number>
    /** Square activities by organising level (中心广场活动 vs 所、站). */
    squareByLevel: Record<SiteLevel, number>
  }
  trafficPersuasion: { sessions: number; intersections: number }
  /** 我们的节日 activities per festival, traditional festivals in calendar order first. */
  festivals: Record<string, number>
  clusters: {
    clusters: number
    /** Sites in active clusters, lead sites included. */
    memberSites: number
    /** Dispatches (and re-dispatches) to a team pooled through a cluster. */
    pooledDispatches: number
    jointActivities: number
  }
  monthly: MonthlyFigures[]
}
