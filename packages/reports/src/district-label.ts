import type { WorkReport } from './work-report.js'

/**
 * How a report calls its district: the centre's name without 新时代文明实践中心 (延平区新时代文明实践中心
 * -> 延平区), or 区 when the report covers several districts or the centre has no name yet.
 */
export const districtLabel = (report: Pick<WorkReport, 'districtName'>): string => {
  const name = report.districtName
  if (name === null) return '区'
  const short = name.replace(/(新时代)?文明实践中心$|实践中心$/, '').trim()
  return short === '' ? name : short
}
