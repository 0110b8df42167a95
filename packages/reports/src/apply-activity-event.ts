import type { ActivityHeld } from '@wenming/domain'
import { KINDS, LEVELS, SLOT } from './counter-slot.js'
import { dayBucket, districtFigures, emptyBucket, localDay, siteFigures } from './day-bucket.js'
import type { DayBucket, DistrictFigures, WorkReportReadModel } from './work-report-read-model.js'

/** The payload of an `ActivityHeld` event. */
export type ActivityHeldData = ActivityHeld['data']

const DAY_MS = 86_400_000

const target = (figures: DistrictFigures, day: number, atDay: number): DayBucket => {
  if (atDay <= day) return dayBucket(figures, day)
  // Reported after the day it was held: it counts on its day, but only once `asOf` reaches the report.
  const bucket = emptyBucket()
  figures.late.push({ day, atDay, bucket })
  return bucket
}

/** The figures an activity counts in: its organiser's, or the cluster's it is credited to. */
const activityFigures = (rm: WorkReportReadModel, data: ActivityHeldData): DistrictFigures => {
  const filter = rm.scope
  if (filter?.kind === 'cluster' && data.clusterId === filter.scope.clusterId) {
    return districtFigures(rm, rm.sites.get(data.organizerSiteId)?.district ?? '')
  }
  return siteFigures(rm, data.organizerSiteId)
}

/**
 * Counts a held activity on the day it was held (`date`): by organising level and kind, with its
 * volunteers, audience, festival and intersection.
 */
export const applyActivityHeld = (rm: WorkReportReadModel, data: ActivityHeldData): void => {
  const site = rm.sites.get(data.organizerSiteId)
  const day = Date.parse(`${data.date}T00:00:00Z`) / DAY_MS
  const bucket = target(activityFigures(rm, data), day, localDay(rm, data.at))
  const counters = bucket.counters
  counters[SLOT.activities]! += 1
  counters[SLOT.audience]! += data.audience
  counters[SLOT.activityVolunteers]! += data.volunteers
  const kind = KINDS.indexOf(data.kind)
  if (kind >= 0) counters[SLOT.kindSquare + kind]! += 1
  if (site !== undefined) {
    const level = LEVELS.indexOf(site.level)
    counters[SLOT.levelCenter + level]! += 1
    if (kind === 0) counters[SLOT.squareCenter + level]! += 1
  }
  // C4: the one held activity counts for its host site (above) and for its cluster.
  const cluster = data.clusterId === undefined ? undefined : rm.clusters.get(data.clusterId)
  if (cluster !== undefined && !cluster.jointActivityIds.has(data.activityId)) {
    cluster.jointActivityIds.add(data.activityId)
    counters[SLOT.jointActivities]! += 1
  }
  if (data.kind === 'festival' && data.festival !== undefined) {
    const festivals = (bucket.festivals ??= new Map())
    festivals.set(data.festival, (festivals.get(data.festival) ?? 0) + 1)
  }
  if (data.kind === 'traffic_persuasion' && data.intersection !== undefined) {
    ;(bucket.intersections ??= new Set()).add(data.intersection)
  }
}
