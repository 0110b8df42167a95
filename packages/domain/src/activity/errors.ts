import type { ActivityKind } from './activity-kind.js'

/** A kind-specific detail that is missing, not applicable to the kind, or malformed. */
export type ActivityDetailProblem =
  | 'festival_missing'
  | 'festival_not_applicable'
  | 'intersection_missing'
  | 'intersection_not_applicable'
  | 'theme_month_missing'
  | 'theme_month_invalid'
  | 'planned_date_invalid'

/** A field of a held activity's report that is out of range. */
export type ActivityReportField = 'date' | 'volunteers' | 'hours' | 'audience'

/** Why the activity aggregate refused a command: readonly data, never thrown. */
export type ActivityError =
  | { readonly type: 'ActivityAlreadyPlanned'; readonly activityId: string }
  | { readonly type: 'ActivityNotPlanned'; readonly activityId: string }
  | { readonly type: 'ActivityAlreadyHeld'; readonly activityId: string }
  | { readonly type: 'ActivityAlreadyCancelled'; readonly activityId: string }
  | {
      readonly type: 'ActivityDetailsInvalid'
      readonly activityId: string
      readonly kind: ActivityKind
      readonly problem: ActivityDetailProblem
    }
  | {
      readonly type: 'ActivityReportInvalid'
      readonly activityId: string
      readonly field: ActivityReportField
    }
  | { readonly type: 'CancellationReasonMissing'; readonly activityId: string }
  /** C4: the named cluster is not formed, or dissolved. */
  | {
      readonly type: 'ActivityClusterUnavailable'
      readonly activityId: string
      readonly clusterId: string
    }
  /** C4: only a member (or the lead) of the cluster hosts its joint activity. */
  | {
      readonly type: 'ActivityHostNotInCluster'
      readonly activityId: string
      readonly clusterId: string
      readonly siteId: string
    }
  /** C4: the venue is not one the cluster shares. */
  | {
      readonly type: 'ActivityVenueNotInCluster'
      readonly activityId: string
      readonly clusterId: string
      readonly venueId: string
    }
  /** A shared venue belongs to a cluster: a plan naming one names its cluster. */
  | {
      readonly type: 'ActivityVenueNeedsCluster'
      readonly activityId: string
      readonly venueId: string
    }
  | {
      readonly type: 'ActivityIdMismatch'
      readonly activityId: string
      readonly commandActivityId: string
    }
