import { idSchema } from '@wenming/domain'
import {
  checkReportScope,
  describeScopeRefusal,
  type ReportScope,
  type WorkReportReadModel,
} from '@wenming/reports'
import { httpProblem } from '../problem-details.js'

/** The query parameters that narrow the work report to one scope. */
export const scopeParameters = {
  institute: idSchema
    .optional()
    .describe('An institute: its figures with its stations and service points'),
  station: idSchema.optional().describe('A station: its figures with its service points'),
  cluster: idSchema
    .optional()
    .describe('A cluster (五联共建): its member sites, pooled teams and joint activities'),
}

type ScopeQuery = {
  district?: string | undefined
  institute?: string | undefined
  station?: string | undefined
  cluster?: string | undefined
}

/** The parameter that asks for a site of each level's report, where there is one. */
const levelParameter: Partial<Record<string, string>> = {
  center: 'district',
  institute: 'institute',
  station: 'station',
}

/** The scope the query asks for; undefined for the district's (or every district's) report. */
export const reportScopeOf = (query: ScopeQuery): ReportScope | undefined => {
  const given = (['district', 'institute', 'station', 'cluster'] as const).filter(
    (name) => query[name] !== undefined,
  )
  if (given.length > 1) {
    throw httpProblem(
      400,
      'validation-error',
      'The request is malformed',
      `Give one of district, institute, station and cluster, not ${given.join(' and ')}.`,
    )
  }
  if (query.institute !== undefined) return { kind: 'institute', siteId: query.institute }
  if (query.station !== undefined) return { kind: 'station', siteId: query.station }
  if (query.cluster !== undefined) return { kind: 'cluster', clusterId: query.cluster }
  return undefined
}

/**
 * The scope, once the log knows it: an unknown site or cluster is a 404 problem, a site of another
 * level than the parameter names (a station given as `institute`) a 422.
 */
export const checkedScope = (
  readModel: WorkReportReadModel,
  scope: ReportScope | undefined,
): ReportScope | undefined => {
  if (scope === undefined) return undefined
  const refusal = checkReportScope(readModel, scope)
  if (refusal === undefined) return scope
  let detail = describeScopeRefusal(refusal)
  if (refusal.type === 'WrongSiteLevel') {
    const hint = levelParameter[refusal.actual]
    if (hint !== undefined) detail += ` Ask for ${hint}=${refusal.siteId}.`
    throw httpProblem(422, 'wrong-site-level', 'Not a site of that level', detail, {
      siteId: refusal.siteId,
      level: refusal.actual,
    })
  }
  const title = refusal.type === 'UnknownSite' ? 'Site not found' : 'Cluster not found'
  throw httpProblem(404, 'not-found', title, detail)
}
