import type { DispatchReach, RankingCriterion } from './dispatch-ranking.js'

/** The facts of an eligible team that the ranking compares. */
export type RankingKey = {
  readonly teamId: string
  readonly reach: DispatchReach
  readonly withinServiceCircle: boolean
  readonly capacityLeft: number
  readonly averageRating?: number
  readonly projectTeam?: true
}

const reachOrder: Record<DispatchReach, number> = { local: 0, pooled: 1, institute: 2, district: 3 }

const byRating = (a: RankingKey, b: RankingKey): number => {
  // A rated team comes before one with no evaluation yet.
  if (a.averageRating === undefined) return b.averageRating === undefined ? 0 : 1
  if (b.averageRating === undefined) return -1
  return b.averageRating - a.averageRating
}

/** The criteria in the order they apply: each returns < 0 when `a` comes first. */
const criteria: readonly (readonly [RankingCriterion, (a: RankingKey, b: RankingKey) => number])[] =
  [
    // S4: a winning project's team comes first for the entry it became.
    ['projectTeam', (a, b) => Number(b.projectTeam === true) - Number(a.projectTeam === true)],
    ['reach', (a, b) => reachOrder[a.reach] - reachOrder[b.reach]],
    ['serviceCircle', (a, b) => Number(b.withinServiceCircle) - Number(a.withinServiceCircle)],
    ['capacityLeft', (a, b) => b.capacityLeft - a.capacityLeft],
    ['rating', byRating],
    ['teamId', (a, b) => (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : 0)],
  ]

/** The first criterion on which two teams differ (`undefined` for the same team). */
export const decidingCriterion = (a: RankingKey, b: RankingKey): RankingCriterion | undefined =>
  criteria.find(([, compare]) => compare(a, b) !== 0)?.[0]

/**
 * Orders eligible teams: a winning project's team for its entry first (S4); local, pooled,
 * district; inside the circle; capacity; rating; team id.
 */
export const compareRankedTeams = (a: RankingKey, b: RankingKey): number => {
  for (const [, compare] of criteria) {
    const order = compare(a, b)
    if (order !== 0) return order
  }
  return 0
}
