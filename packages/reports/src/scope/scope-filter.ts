import type { DistrictFigures } from '../work-report-read-model.js'
import type { ReportScope } from './report-scope.js'

/** Figures nobody reads: where a scoped fold counts the facts outside its scope. */
export const outsideFigures = (): DistrictFigures => ({
  days: new Map(),
  late: [],
  volunteerTeams: new Map(),
  platformVolunteerTeams: new Map(),
  platformOrganizations: new Map(),
})

/**
 * How a scoped fold tells the facts of its scope from the others. A site-tree scope (institute,
 * station, one site's own) is decided once per site, when it registers; a cluster's changes as
 * sites join and leave it, and a team counts in it while pooled there.
 */
export type ScopeFilter =
  | {
      readonly kind: 'tree'
      readonly scope: Extract<ReportScope, { siteId: string }>
      /** Whether the sites below the scope's site count too (not for a site's own figures). */
      readonly descendants: boolean
      readonly outside: DistrictFigures
    }
  | {
      readonly kind: 'cluster'
      readonly scope: Extract<ReportScope, { kind: 'cluster' }>
      /** The cluster's lead and member sites as the fold stands. */
      readonly members: Set<string>
      readonly outside: DistrictFigures
    }

/** The filter of a scope; undefined for a district's (or every district's) report. */
export const scopeFilter = (scope: ReportScope | undefined): ScopeFilter | undefined => {
  if (scope === undefined || scope.kind === 'district') return undefined
  if (scope.kind === 'cluster') {
    return { kind: 'cluster', scope, members: new Set(), outside: outsideFigures() }
  }
  return { kind: 'tree', scope, descendants: scope.kind !== 'site', outside: outsideFigures() }
}
