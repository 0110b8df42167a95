import type { ReportScope } from '../scope/report-scope.js'
import type { VolunteerSectionModel } from './volunteer-section-model.js'

/** The site's ancestors, itself first, up to its centre. */
const chain = (model: VolunteerSectionModel, siteId: string): string[] => {
  const sites = [siteId]
  let current = siteId
  for (let depth = 0; depth < 16; depth++) {
    const parent = model.siteParents.get(current)
    if (parent === undefined || parent === null) break
    sites.push(parent)
    current = parent
  }
  return sites
}

/**
 * Whether a scope covers a site on a local day: a district its tree, an institute or station its
 * own site and those below, a site itself, a cluster its members on that day.
 */
export const coversSite = (
  model: VolunteerSectionModel,
  scope: ReportScope | undefined,
  siteId: string,
  date: string,
): boolean => {
  if (scope === undefined) return true
  switch (scope.kind) {
    case 'district':
      return scope.district === undefined || chain(model, siteId).at(-1) === scope.district
    case 'site':
      return siteId === scope.siteId
    case 'institute':
    case 'station':
      return chain(model, siteId).includes(scope.siteId)
    case 'cluster': {
      const spans = model.clusterMembers.get(scope.clusterId)?.get(siteId) ?? []
      return spans.some((span) => span.from <= date && (span.to === null || date < span.to))
    }
  }
}
