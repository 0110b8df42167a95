import type { SiteLevel } from '../shared/site-level.js'

/** The level a site's parent must have: one level up; the centre has no parent. */
export const parentLevel = (level: SiteLevel): SiteLevel | null =>
  (({ center: null, institute: 'center', station: 'institute', point: 'station' }) as const)[level]
