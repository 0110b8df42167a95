import type { WorkReportReadModel } from '../work-report-read-model.js'
import type { ReportScopeSummary } from './report-scope.js'

/** The district of a scoped model's scope: its site's, or its cluster's lead site's. */
export const scopeDistrict = (rm: WorkReportReadModel): string | null => {
  const filter = rm.scope
  if (filter === undefined) return null
  if (filter.kind === 'cluster')
    return rm.clusterNames.get(filter.scope.clusterId)?.district ?? null
  return rm.sites.get(filter.scope.siteId)?.district ?? null
}

/** How a report names its scope: the district asked for (or all), a site or a cluster. */
export const scopeSummary = (
  rm: WorkReportReadModel,
  district: string | undefined,
): ReportScopeSummary => {
  const filter = rm.scope
  if (filter === undefined) {
    const id = district ?? null
    const names = [...rm.districtNames]
    const name =
      id === null ? (names.length === 1 ? names[0]![1] : null) : (rm.districtNames.get(id) ?? null)
    return { kind: 'district', id, name }
  }
  if (filter.kind === 'cluster') {
    const id = filter.scope.clusterId
    return { kind: 'cluster', id, name: rm.clusterNames.get(id)?.name ?? null }
  }
  const id = filter.scope.siteId
  return { kind: filter.scope.kind, id, name: rm.sites.get(id)?.name ?? null }
}
