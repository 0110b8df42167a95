import type { WorkReport } from '../work-report.js'

/**
 * The figures of a report that add up over a partition of its sites, by path, zeros left out:
 * every count of facts, not the distinct volunteers, organisations and intersections, nor
 * medians and averages.
 */
export const additiveFigures = (r: WorkReport, into = new Map<string, number>()) => {
  const add = (path: string, value: unknown): void => {
    if (typeof value === 'number') {
      const sum = (into.get(path) ?? 0) + value
      if (sum === 0) into.delete(path)
      else into.set(path, sum)
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) add(`${path}.${key}`, inner)
    }
  }
  const {
    averageRating: _a,
    medianHoursToDispatch: _d,
    medianHoursToTake: _t,
    ...requests
  } = r.requestOrders
  add('teams', r.teams)
  add('directive', r.directiveOrders)
  add('tasks', r.directiveTasks)
  add('requests', requests)
  add('activities', r.activities)
  add('festivals', r.festivals)
  add('traffic', r.trafficPersuasion.sessions)
  add('clusters', r.clusters)
  for (const month of r.monthly) add(month.month, { ...month, month: 0 })
  return into
}

/** The additive figures of several reports, summed, as a sorted object (for `toEqual`). */
export const summedFigures = (reports: readonly WorkReport[]): Record<string, number> => {
  const total = new Map<string, number>()
  for (const report of reports) additiveFigures(report, total)
  return Object.fromEntries([...total].sort())
}
