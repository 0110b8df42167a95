import { z } from 'zod'
import { idSchema } from '../shared/scalars.js'

/** A service occasion: an order's completion, an activity, or one shift of an activity. */
export const occasionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('order'), orderId: idSchema }),
  z.object({ kind: z.literal('activity'), activityId: idSchema }),
  z.object({ kind: z.literal('shift'), shiftId: idSchema }),
])

/** Who organised an occasion: a team, or a site. */
export const organiserSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('team'), teamId: idSchema }),
  z.object({ kind: z.literal('site'), siteId: idSchema }),
])

export type Occasion = z.infer<typeof occasionSchema>
export type Organiser = z.infer<typeof organiserSchema>

/** One string per occasion (`order:o-1`), the key of V2's one record per volunteer per occasion. */
export const occasionKey = (occasion: Occasion): string => {
  switch (occasion.kind) {
    case 'order':
      return `order:${occasion.orderId}`
    case 'activity':
      return `activity:${occasion.activityId}`
    case 'shift':
      return `shift:${occasion.shiftId}`
  }
}

/** Whether two organisers are the same team or site. */
export const sameOrganiser = (a: Organiser, b: Organiser): boolean =>
  a.kind === 'team'
    ? b.kind === 'team' && a.teamId === b.teamId
    : b.kind === 'site' && a.siteId === b.siteId
