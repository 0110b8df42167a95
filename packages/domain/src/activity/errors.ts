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
  | {
      readonly type: 'ActivityIdMismatch'
      readonly activityId: string
      readonly commandActivityId: string
    }
