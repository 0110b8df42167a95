import type { ReportScopeRefusal } from './check-report-scope.js'

const levelNames = {
  center: 'the district centre',
  institute: 'an institute',
  station: 'a station',
  point: 'a service point',
} as const

/** A refusal as one English sentence, for a problem's detail or a CLI error. */
export const describeScopeRefusal = (refusal: ReportScopeRefusal): string => {
  switch (refusal.type) {
    case 'UnknownSite':
      return `No site ${refusal.siteId} in the log.`
    case 'UnknownCluster':
      return `No cluster ${refusal.clusterId} in the log.`
    case 'WrongSiteLevel':
      return `Site ${refusal.siteId} is ${levelNames[refusal.actual]}, not ${levelNames[refusal.expected]}.`
  }
}
