import { calendarDateSchema } from '../shared/scalars.js'
import type { PlanActivity } from './commands.js'
import type { ActivityDetailProblem } from './errors.js'
import { isYearMonth } from './year-month.js'

/**
 * The first problem with a plan's kind-specific details: a festival names its festival, traffic
 * persuasion its intersection, a themed activity its month; the other kinds name neither festival
 * nor intersection. Any kind may carry a theme month.
 */
export const checkActivityPlan = (
  data: PlanActivity['data'],
): ActivityDetailProblem | undefined => {
  if (!calendarDateSchema.safeParse(data.plannedDate).success) return 'planned_date_invalid'
  const hasFestival = data.festival !== undefined && data.festival.trim() !== ''
  const hasIntersection = data.intersection !== undefined && data.intersection.trim() !== ''
  if (data.kind === 'festival' && !hasFestival) return 'festival_missing'
  if (data.kind !== 'festival' && data.festival !== undefined) return 'festival_not_applicable'
  if (data.kind === 'traffic_persuasion' && !hasIntersection) return 'intersection_missing'
  if (data.kind !== 'traffic_persuasion' && data.intersection !== undefined) {
    return 'intersection_not_applicable'
  }
  if (data.themeMonth !== undefined && !isYearMonth(data.themeMonth)) return 'theme_month_invalid'
  if (data.kind === 'themed' && data.themeMonth === undefined) return 'theme_month_missing'
  return undefined
}
