import { z } from 'zod'

/** The levels of the practice network, top down: centre, institute, station, point. */
export const siteLevelSchema = z.enum(['center', 'institute', 'station', 'point'])

export type SiteLevel = z.infer<typeof siteLevelSchema>
