export { activityDecider } from './activity-decider.js'
export { activityKindSchema, traditionalFestivals } from './activity-kind.js'
export type { ActivityKind } from './activity-kind.js'
export { activityStream } from './activity-stream.js'
export {
  activityCommandSchema,
  cancelActivitySchema,
  holdActivitySchema,
  planActivitySchema,
} from './commands.js'
export type { ActivityCommand, CancelActivity, HoldActivity, PlanActivity } from './commands.js'
export type { ActivityDetailProblem, ActivityError, ActivityReportField } from './errors.js'
export {
  activityCancelledSchema,
  activityEventSchema,
  activityEventSchemaVersions,
  activityHeldSchema,
  activityPlannedSchema,
} from './events.js'
export type {
  ActivityCancelled,
  ActivityEvent,
  ActivityEventType,
  ActivityHeld,
  ActivityPlanned,
} from './events.js'
export { handleActivityCommand } from './handle-activity-command.js'
export { initialActivityState } from './state.js'
export type { ActivityPlan, ActivityState } from './state.js'
export { isYearMonth, yearMonthSchema } from './year-month.js'
export { monthlyThemeCommandSchema, setMonthlyThemeSchema } from './monthly-theme/commands.js'
export type { MonthlyThemeCommand, SetMonthlyTheme } from './monthly-theme/commands.js'
export type { MonthlyThemeError } from './monthly-theme/errors.js'
export {
  monthlyThemeEventSchema,
  monthlyThemeEventSchemaVersions,
  monthlyThemeSetSchema,
} from './monthly-theme/events.js'
export type {
  MonthlyThemeEvent,
  MonthlyThemeEventType,
  MonthlyThemeSet,
} from './monthly-theme/events.js'
export { handleMonthlyThemeCommand } from './monthly-theme/handle-monthly-theme-command.js'
export { monthlyThemeDecider } from './monthly-theme/monthly-theme-decider.js'
export { monthlyThemeStream } from './monthly-theme/monthly-theme-stream.js'
export { initialMonthlyThemeState } from './monthly-theme/state.js'
export type { MonthlyThemeState } from './monthly-theme/state.js'
