import { calendarDateSchema } from '../shared/scalars.js'
import type { HoldActivity } from './commands.js'
import type { ActivityReportField } from './errors.js'

/**
 * The first out-of-range field of a held activity's report: the rules of an order's completion
 * report (a real date, at least one volunteer, non-negative hours and audience, whole people).
 */
export const checkActivityReport = (
  data: HoldActivity['data'],
): ActivityReportField | undefined => {
  if (!calendarDateSchema.safeParse(data.date).success) return 'date'
  if (!Number.isInteger(data.volunteers) || data.volunteers < 1) return 'volunteers'
  if (!Number.isFinite(data.hours) || data.hours < 0) return 'hours'
  if (!Number.isInteger(data.audience) || data.audience < 0) return 'audience'
  return undefined
}
