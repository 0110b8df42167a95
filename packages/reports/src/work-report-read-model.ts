import type { ScopeFilter } from './scope/scope-filter.js'
import type { SiteLevel } from './work-report.js'

/** What one local day adds to a district's figures. */
export type DayBucket = {
  readonly counters: Float64Array
  festivals: Map<string, number> | undefined
  intersections: Set<string> | undefined
  hoursToDispatch: number[] | undefined
  hoursToTake: number[] | undefined
}

/** An activity reported after the day it was held: counted on its day once `asOf` reaches `atDay`. */
export type LateActivity = {
  readonly day: number
  readonly atDay: number
  readonly bucket: DayBucket
}

/**
 * A district's figures by local day (days since 1970-01-01), and the tallies that tell when a
 * volunteer or an organisation starts or stops counting in the district.
 */
export type DistrictFigures = {
  readonly days: Map<number, DayBucket>
  readonly late: LateActivity[]
  /** Teams of the district each volunteer is a member of (volunteers in none are left out). */
  readonly volunteerTeams: Map<string, number>
  /** Platform teams of the district each volunteer is a member of. */
  readonly platformVolunteerTeams: Map<string, number>
  /** Active platform teams of the district per organisation. */
  readonly platformOrganizations: Map<string, number>
}

export type TeamFacts = {
  /** Where the team's stocks count: its district's figures, or a scope's (moved when pooled). */
  figures: DistrictFigures
  readonly platform: boolean
  readonly organizationId: string
  readonly members: Set<string>
  dissolved: boolean
}

export type OrderFacts = {
  readonly figures: DistrictFigures
  readonly request: boolean
  /** A 定单 to several teams (O7): it completes with its last task, not with each. */
  readonly severalTasks: boolean
  placedAt: number
  dispatchedAt: number
  dispatched: boolean
}

/**
 * The report projection's read model: what each day adds per district, plus the few facts needed to
 * attribute later events (a site's district and level, a team's kind and members, an order's kind);
 * the facts of a team, order or cluster point at the figures of its district.
 * Owned by whoever folds it: `evolve` updates it in place.
 */
export type WorkReportReadModel = {
  readonly utcOffsetMinutes: number
  readonly sites: Map<string, SiteFacts>
  readonly teams: Map<string, TeamFacts>
  readonly orders: Map<string, OrderFacts>
  readonly clusters: Map<
    string,
    {
      readonly figures: DistrictFigures
      /** The lead and member sites, each counted among member sites in its own site's figures. */
      readonly members: Set<string>
      /** Joint activities credited so far: one activity told by two events counts once (C4). */
      readonly jointActivityIds: Set<string>
    }
  >
  readonly districts: Map<string, DistrictFigures>
  /** The name each district's centre registered with (such as 延平区新时代文明实践中心). */
  readonly districtNames: Map<string, string>
  /** Every cluster ever formed: its name and its lead site's district. */
  readonly clusterNames: Map<string, { readonly name: string; readonly district: string }>
  /** Set when the model folds one scope's figures only (undefined: every district's). */
  readonly scope: ScopeFilter | undefined
}

/** What the report keeps of a site: its district, level and name, and whether a scope covers it. */
export type SiteFacts = {
  readonly district: string
  readonly level: SiteLevel
  readonly name: string
  readonly parentId: string | null
  /** True when the folded scope covers the site by the site tree (always true without a scope). */
  readonly inScope: boolean
}
