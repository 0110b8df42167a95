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
    figures = { days: new Map(), late: [] }
    rm.districts.set(district, figures)
  }
  return figures
}

/** The bucket of a district's local day, created on first use. */
export const dayBucket = (rm: WorkReportReadModel, district: string, day: number): DayBucket => {
  const days = districtFigures(rm, district).days
  let bucket = days.get(day)
  if (bucket === undefined) {
    bucket = emptyBucket()
    days.set(day, bucket)
  }
  return bucket
}

/** The local day of an event's ISO-8601 `at`. */
export const localDay = (rm: WorkReportReadModel, at: string): number =>
  Math.floor((instantMs(at) + rm.utcOffsetMinutes * 60_000) / DAY_MS)

/** The district a site belongs to ('' when the site is unknown to the log). */
export const siteDistrict = (rm: WorkReportReadModel, siteId: string): string =>
  rm.sites.get(siteId)?.district ?? ''
