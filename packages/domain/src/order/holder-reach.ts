import type { Reach } from './events.js'
import type { HolderLevel } from './holder.js'

const within: Readonly<Record<HolderLevel, readonly Reach[]>> = {
  station: ['local'],
  institute: ['local', 'pooled', 'institute'],
  centre: ['local', 'pooled', 'district'],
}

/**
 * O8: whether the level holding a request order may dispatch to a team of `reach`: a station to its
 * own teams; an institute to those, its clusters' pools and the teams of itself and its stations; the
 * centre to local and pooled teams and the district's own (O3).
 */
export const isWithinHolderReach = (level: HolderLevel, reach: Reach): boolean =>
  within[level].includes(reach)
