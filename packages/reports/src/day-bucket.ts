import { instantMs } from './instant-ms.js'
import { SLOT_COUNT } from './counter-slot.js'
import type { DayBucket, DistrictFigures, WorkReportReadModel } from './work-report-read-model.js'

const DAY_MS = 86_400_000

/** An empty day. */
export const emptyBucket = (): DayBucket => ({
  counters: new Float64Array(SLOT_COUNT),
  festivals: undefined,
  intersections: undefined,
  hoursToDispatch: undefined,
  hoursToTake: undefined,
})

/** The figures of a district, created on first use. */
export const districtFigures = (rm: WorkReportReadModel, district: string): DistrictFigures => {
  let figures = rm.districts.get(district)
  if (figures === undefined) {
    figures = {
      days: new Map(),
      late: [],
      volunteerTeams: new Map(),
      platformVolunteerTeams: new Map(),
      platformOrganizations: new Map(),
    }
    rm.districts.set(district, figures)
  }
  return figures
}

/** Whether a scoped fold counts the facts of a site now (a fold without a scope counts all). */
export const siteInScope = (rm: WorkReportReadModel, siteId: string): boolean => {
  const filter = rm.scope
  if (filter === undefined) return true
  if (filter.kind === 'cluster') return filter.members.has(siteId)
  return rm.sites.get(siteId)?.inScope === true
}

/**
 * The figures a fact of a site counts in: its district's (the district '' when the site is unknown
 * to the log), or, in a scoped fold, nowhere read when the scope does not cover the site.
 */
export const siteFigures = (rm: WorkReportReadModel, siteId: string): DistrictFigures => {
  const site = rm.sites.get(siteId)
  if (rm.scope !== undefined && !siteInScope(rm, siteId)) return rm.scope.outside
  return districtFigures(rm, site?.district ?? '')
}

/** The bucket of a district's local day, created on first use. */
export const dayBucket = (figures: DistrictFigures, day: number): DayBucket => {
  let bucket = figures.days.get(day)
  if (bucket === undefined) {
    bucket = emptyBucket()
    figures.days.set(day, bucket)
  }
  return bucket
}

/** The local day of an instant, in milliseconds since the epoch. */
export const dayOfMs = (rm: WorkReportReadModel, ms: number): number =>
  Math.floor((ms + rm.utcOffsetMinutes * 60_000) / DAY_MS)

/** The local day of an event's ISO-8601 `at`. */
export const localDay = (rm: WorkReportReadModel, at: string): number => dayOfMs(rm, instantMs(at))
