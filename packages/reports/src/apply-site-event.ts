import type { SiteRegistered } from '@wenming/domain'
import type { WorkReportReadModel } from './work-report-read-model.js'

/** Whether a scoped fold covers a new site by the site tree (every site without a scope). */
const coveredByTree = (rm: WorkReportReadModel, data: SiteRegistered['data']): boolean => {
  const filter = rm.scope
  if (filter === undefined) return true
  if (filter.kind === 'cluster') return false
  if (data.siteId === filter.scope.siteId) return true
  if (!filter.descendants || data.parentId === null) return false
  return rm.sites.get(data.parentId)?.inScope === true
}

/** Records a site's district (the centre it descends from), level, name and scope. */
export const applySiteRegistered = (
  rm: WorkReportReadModel,
  data: SiteRegistered['data'],
): void => {
  const district =
    data.parentId === null ? data.siteId : (rm.sites.get(data.parentId)?.district ?? data.parentId)
  rm.sites.set(data.siteId, {
    district,
    level: data.level,
    name: data.name,
    parentId: data.parentId,
    inScope: coveredByTree(rm, data),
  })
  if (data.parentId === null) rm.districtNames.set(data.siteId, data.name)
}
