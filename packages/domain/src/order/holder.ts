import { z } from 'zod'
import type { SiteFacts } from '../site/site-facts.js'
import { idSchema } from '../shared/scalars.js'
import type { SiteLevel } from '../shared/site-level.js'

/** The levels that hold an accepted request order, bottom up (O8). */
export const holderLevelSchema = z.enum(['station', 'institute', 'centre'])

/** Who holds an accepted request order: one level and its site (O8). */
export const orderHolderSchema = z.object({ level: holderLevelSchema, siteId: idSchema })

export type HolderLevel = z.infer<typeof holderLevelSchema>
export type OrderHolder = z.infer<typeof orderHolderSchema>

const siteLevels: Readonly<Record<HolderLevel, SiteLevel>> = {
  station: 'station',
  institute: 'institute',
  centre: 'center',
}

/** The network level of the sites that hold at `level`. */
export const siteLevelOf = (level: HolderLevel): SiteLevel => siteLevels[level]

/** The level one up from `level`, or `null` above the centre (O8: an escalation goes one level up). */
export const levelAbove = (level: HolderLevel): HolderLevel | null =>
  level === 'station' ? 'institute' : level === 'institute' ? 'centre' : null

/**
 * The site at `level` among an order's site and its parents (`chain`, bottom up), or `null`: a point's
 * order is held by its station, a station's by itself, and so on up to the centre.
 */
export const holderSiteAt = (chain: readonly SiteFacts[], level: HolderLevel): string | null =>
  chain.find((site) => site.level === siteLevels[level])?.siteId ?? null
