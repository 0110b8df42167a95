import type { SiteRegistered } from '@wenming/domain'
import type { WorkReportReadModel } from './work-report-read-model.js'

/** Records a site's district (the centre it descends from) and level. */
export const applySiteRegistered = (
  rm: WorkReportReadModel,
  data: SiteRegistered['data'],
): void => {
  const district =
    data.parentId === null ? data.siteId : (rm.sites.get(data.parentId)?.district ?? data.parentId)
  rm.sites.set(data.siteId, { district, level: data.level })
  if (data.parentId === null) rm.districtNames.set(data.siteId, data.name)
}
