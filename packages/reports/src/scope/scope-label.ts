import { districtLabel } from '../district-label.js'
import type { WorkReport } from '../work-report.js'

const kindNames = {
  institute: { zh: '实践所', en: 'institute', self: '本所' },
  station: { zh: '实践站', en: 'station', self: '本站' },
  site: { zh: '阵地', en: 'site', self: '本阵地' },
  cluster: { zh: '片区', en: 'cluster', self: '本片区' },
} as const

/**
 * Who a report speaks for, in Chinese: the district (延平区新时代文明实践, from its centre's name), or
 * the scope's own registered name (水南街道新时代文明实践所, 第1实践所五联共建片区), else its kind and id.
 */
export const scopeLabel = (report: Pick<WorkReport, 'districtName' | 'scope'>): string => {
  const { scope } = report
  if (scope.kind === 'district') return `${districtLabel(report)}新时代文明实践`
  return scope.name ?? `${kindNames[scope.kind].zh} ${scope.id ?? ''}`.trim()
}

/** The scope in English: the district's name, or the scope's name with its kind. */
export const scopeLabelEn = (report: Pick<WorkReport, 'districtName' | 'scope'>): string => {
  const { scope } = report
  if (scope.kind === 'district') return report.districtName ?? 'the district'
  const kind = kindNames[scope.kind].en
  return scope.name === null ? `${kind} ${scope.id ?? ''}`.trim() : `${scope.name} (${kind})`
}

/** How a report says "across its scope" in its totals: 全区 for a district, 本所, 本站, 本片区. */
export const scopeSelf = (report: Pick<WorkReport, 'scope'>): string =>
  report.scope.kind === 'district' ? '全区' : kindNames[report.scope.kind].self
