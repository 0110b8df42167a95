import type { SiteLevel } from '../work-report.js'
import type { WorkReportReadModel } from '../work-report-read-model.js'
import type { ReportScope } from './report-scope.js'

/** Why a report cannot be given for a scope: a typed value, for the API and the CLI to phrase. */
export type ReportScopeRefusal =
  | { readonly type: 'UnknownSite'; readonly siteId: string }
  | { readonly type: 'UnknownCluster'; readonly clusterId: string }
  | {
      readonly type: 'WrongSiteLevel'
      readonly siteId: string
      readonly expected: SiteLevel
      readonly actual: SiteLevel
    }

/**
 * Whether the log knows the scope: its site (of the level the scope names) or its cluster. Any
 * work-report read model answers, the district's live one included.
 */
export const checkReportScope = (
  rm: WorkReportReadModel,
  scope: ReportScope,
): ReportScopeRefusal | undefined => {
  switch (scope.kind) {
    case 'district':
      return undefined
    case 'cluster':
      return rm.clusterNames.has(scope.clusterId)
        ? undefined
        : { type: 'UnknownCluster', clusterId: scope.clusterId }
    case 'site':
    case 'institute':
    case 'station': {
      const site = rm.sites.get(scope.siteId)
      if (site === undefined) return { type: 'UnknownSite', siteId: scope.siteId }
      if (scope.kind === 'site' || site.level === scope.kind) return undefined
      return {
        type: 'WrongSiteLevel',
        siteId: scope.siteId,
        expected: scope.kind,
        actual: site.level,
      }
    }
  }
}
