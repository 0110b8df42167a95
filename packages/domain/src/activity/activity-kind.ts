import { z } from 'zod'

/**
 * What sort of activity it is: a square event, a regular service, a 我们的节日 festival, traffic
 * civility persuasion at an intersection, or an activity on the month's theme.
 */
export const activityKindSchema = z.enum([
  'square',
  'regular',
  'festival',
  'traffic_persuasion',
  'themed',
])

/** One of the activity kinds that reports count separately. */
export type ActivityKind = z.infer<typeof activityKindSchema>

/** The traditional festivals of 我们的节日; a festival activity may name another (free text). */
export const traditionalFestivals = [
  '春节',
  '元宵',
  '清明',
  '端午',
  '七夕',
  '中秋',
  '重阳',
] as const
