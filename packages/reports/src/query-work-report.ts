import { traditionalFestivals } from '@wenming/domain'
import { dayOfDate, monthOfDay } from './calendar-day.js'
import { KINDS, LEVELS, SLOT, SLOT_COUNT, STOCK_SLOTS } from './counter-slot.js'
import { median } from './median.js'
import { scopeDistrict, scopeSummary } from './scope/scope-summary.js'
import type { DayBucket, WorkReportReadModel } from './work-report-read-model.js'
import type { MonthlyFigures, WorkReport } from './work-report.js'

/**
 * Which report to compute: a district (its centre site id; all when omitted) and a period. A read
 * model folded for a scope (institute, station, cluster) answers that scope's figures, whatever
 * `district` says.
 */
export type WorkReportQuery = {
  district?: string
  /** First day, `YYYY-MM-DD`. */
  from: string
  /** Last day, inclusive. */
  to: string
  /** Ignore events dated after this day (default: none ignored). */
  asOf?: string
}

type Totals = {
  stocks: Float64Array
  flows: Float64Array
  festivals: Map<string, number>
  intersections: Set<string>
  hoursToDispatch: number[]
  hoursToTake: number[]
  months: Map<string, MonthlyFigures>
}

const emptyMonth = (month: string): MonthlyFigures => ({
  month,
  directiveOrdersIssued: 0,
  requestOrdersPlaced: 0,
  requestOrdersAccepted: 0,
  requestOrdersCompleted: 0,
  activities: 0,
  festivalActivities: 0,
  trafficPersuasionSessions: 0,
  audience: 0,
})

const addFlows = (totals: Totals, day: number, bucket: DayBucket): void => {
  const c = bucket.counters
  for (let slot = STOCK_SLOTS; slot < SLOT_COUNT; slot++) totals.flows[slot]! += c[slot]!
  for (const [festival, count] of bucket.festivals ?? []) {
    totals.festivals.set(festival, (totals.festivals.get(festival) ?? 0) + count)
  }
  for (const intersection of bucket.intersections ?? []) totals.intersections.add(intersection)
  if (bucket.hoursToDispatch) totals.hoursToDispatch.push(...bucket.hoursToDispatch)
  if (bucket.hoursToTake) totals.hoursToTake.push(...bucket.hoursToTake)
  const month = totals.months.get(monthOfDay(day))
  if (month === undefined) return
  month.directiveOrdersIssued += c[SLOT.directiveIssued]!
  month.requestOrdersPlaced += c[SLOT.requestPlaced]!
  month.requestOrdersAccepted += c[SLOT.requestAccepted]!
  month.requestOrdersCompleted += c[SLOT.requestCompleted]!
  month.activities += c[SLOT.activities]!
  month.festivalActivities += c[SLOT.kindSquare + 2]!
  month.trafficPersuasionSessions += c[SLOT.kindSquare + 3]!
  month.audience += c[SLOT.audience]!
}

/** Traditional festivals in calendar order (春节 ... 重阳), then any other festival by name. */
const festivalOrder = (a: string, b: string): number => {
  const rank = (f: string) => {
    const i = (traditionalFestivals as readonly string[]).indexOf(f)
    return i < 0 ? traditionalFestivals.length : i
  }
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)
}

const byIndex = <K extends string>(keys: readonly K[], flows: Float64Array, first: number) =>
  Object.fromEntries(keys.map((key, i) => [key, flows[first + i]!])) as Record<K, number>

/** The one district's name: the one asked for, or the only district in the log. */
const districtNameOf = (
  rm: WorkReportReadModel,
  district: string | null | undefined,
): string | null => {
  if (district === null) return null
  if (district !== undefined) return rm.districtNames.get(district) ?? null
  if (rm.districtNames.size !== 1) return null
  return rm.districtNames.values().next().value ?? null
}

/**
 * Answers a work report from the projection's read model: stocks as of the period's last day (or
 * `asOf`), flows inside the period, and a breakdown by month.
 *
 * @example
 * queryWorkReport(readModel, { from: '2022-01-01', to: '2022-12-31' })
 */
export const queryWorkReport = (rm: WorkReportReadModel, query: WorkReportQuery): WorkReport => {
  const fromDay = dayOfDate(query.from)
  const toDay = dayOfDate(query.to)
  const asOfDay = query.asOf === undefined ? Infinity : dayOfDate(query.asOf)
  const endDay = Math.min(toDay, asOfDay)
  const totals: Totals = {
    stocks: new Float64Array(SLOT_COUNT),
    flows: new Float64Array(SLOT_COUNT),
    festivals: new Map(),
    intersections: new Set(),
    hoursToDispatch: [],
    hoursToTake: [],
    months: new Map(),
  }
  for (let day = fromDay; day <= endDay; day++) {
    const month = monthOfDay(day)
    if (!totals.months.has(month)) totals.months.set(month, emptyMonth(month))
  }
  for (const [district, figures] of rm.districts) {
    // A scoped model holds its scope's figures only, in its scope's district.
    if (rm.scope === undefined && query.district !== undefined && district !== query.district)
      continue
    for (const [day, bucket] of figures.days) {
      if (day > endDay) continue
      for (let slot = 0; slot < STOCK_SLOTS; slot++) totals.stocks[slot]! += bucket.counters[slot]!
      if (day >= fromDay) addFlows(totals, day, bucket)
    }
    for (const late of figures.late) {
      if (late.atDay <= asOfDay && late.day >= fromDay && late.day <= endDay) {
        addFlows(totals, late.day, late.bucket)
      }
    }
  }
  const { stocks: s, flows: f } = totals
  const evaluated = f[SLOT.requestEvaluated]!
  const scope = scopeSummary(rm, query.district)
  const district = rm.scope === undefined ? (query.district ?? null) : scopeDistrict(rm)
  return {
    district,
    districtName: districtNameOf(rm, district ?? undefined),
    scope,
    from: query.from,
    to: query.to,
    asOf: query.asOf ?? query.to,
    teams: {
      community: { teams: s[SLOT.communityTeams]!, members: s[SLOT.communityMembers]! },
      platform: { teams: s[SLOT.platformTeams]!, members: s[SLOT.platformMembers]! },
    },
    organizations: s[SLOT.organizations]!,
    volunteers: { total: s[SLOT.volunteers]!, platform: s[SLOT.platformVolunteers]! },
    directiveOrders: {
      issued: f[SLOT.directiveIssued]!,
      completed: f[SLOT.directiveCompleted]!,
      evaluated: f[SLOT.directiveEvaluated]!,
    },
    directiveTasks: {
      issued: f[SLOT.directiveTasksIssued]!,
      completed: f[SLOT.directiveTasksCompleted]!,
    },
    requestOrders: {
      placed: f[SLOT.requestPlaced]!,
      accepted: f[SLOT.requestAccepted]!,
      rejected: f[SLOT.requestRejected]!,
      cancelled: f[SLOT.requestCancelled]!,
      dispatched: f[SLOT.requestDispatched]!,
      declined: f[SLOT.requestDeclined]!,
      completed: f[SLOT.requestCompleted]!,
      evaluated,
      averageRating: evaluated === 0 ? null : f[SLOT.ratingSum]! / evaluated,
      medianHoursToDispatch: median(totals.hoursToDispatch),
      medianHoursToTake: median(totals.hoursToTake),
    },
    activities: {
      total: f[SLOT.activities]!,
      audience: f[SLOT.audience]!,
      volunteers: f[SLOT.activityVolunteers]!,
      byLevel: byIndex(LEVELS, f, SLOT.levelCenter),
      byKind: byIndex(KINDS, f, SLOT.kindSquare),
      squareByLevel: byIndex(LEVELS, f, SLOT.squareCenter),
    },
    trafficPersuasion: {
      sessions: f[SLOT.kindSquare + 3]!,
      intersections: totals.intersections.size,
    },
    festivals: Object.fromEntries([...totals.festivals].sort(([a], [b]) => festivalOrder(a, b))),
    clusters: {
      clusters: s[SLOT.clusters]!,
      memberSites: s[SLOT.clusterSites]!,
      pooledDispatches: f[SLOT.pooledDispatches]!,
      jointActivities: f[SLOT.jointActivities]!,
    },
    monthly: [...totals.months.values()],
  }
}
