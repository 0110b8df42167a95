import { chineseDate } from './chinese-date.js'
import { districtLabel } from './district-label.js'
import { periodPhrase } from './period-phrase.js'
import { scopeLabel, scopeSelf } from './scope/scope-label.js'
import type { WorkReport } from './work-report.js'

export type ChineseSummaryOptions = {
  /**
   * How the district calls itself in the heading (default: its centre's name without
   * 新时代文明实践中心, such as 延平区; 区 when the report covers several districts).
   */
  districtName?: string
}

const heading = (report: WorkReport, district: string): string => {
  const lead = periodPhrase(report.from, report.to)
  const when =
    lead === '一年来'
      ? `${report.from.slice(0, 4)}年`
      : lead === '本月'
        ? `${report.from.slice(0, 4)}年${Number(report.from.slice(5, 7))}月`
        : `${chineseDate(report.from)}至${chineseDate(report.to)}`
  const who = report.scope.kind === 'district' ? `${district}新时代文明实践` : scopeLabel(report)
  return `${when}，${who}工作情况总结如下。`
}

const hours = (value: number): string => `${Math.round(value * 10) / 10}小时`

const orderSentences = (report: WorkReport, lead: string): string[] => {
  const r = report.requestOrders
  const sentences = [
    `${lead}，共下发定单${report.directiveOrders.issued}个，受理点单${r.accepted}个。`,
  ]
  if (r.placed + r.rejected + r.cancelled > 0) {
    const intake = [`群众共点单${r.placed}个`]
    if (r.rejected > 0) intake.push(`不予受理${r.rejected}个`)
    if (r.cancelled > 0) intake.push(`撤销${r.cancelled}个`)
    sentences.push(
      `${intake.join('，')}；志愿服务队伍完成点单${r.completed}个，群众评单${r.evaluated}个` +
        (r.averageRating === null ? '。' : `，平均评分${r.averageRating.toFixed(1)}分。`),
    )
  }
  if (r.medianHoursToDispatch !== null && r.medianHoursToTake !== null) {
    sentences.push(
      `从点单到派单用时中位数为${hours(r.medianHoursToDispatch)}，` +
        `从派单到接单用时中位数为${hours(r.medianHoursToTake)}。`,
    )
  }
  return sentences
}

const activitySentences = (report: WorkReport, lead: string): string[] => {
  const a = report.activities
  const local = a.byLevel.institute + a.byLevel.station + a.byLevel.point
  const localSquare = a.squareByLevel.institute + a.squareByLevel.station + a.squareByLevel.point
  const sentences: string[] = []
  if (local > 0) sentences.push(`${lead}，各实践所、站共开展各类文明实践志愿服务活动${local}场。`)
  if (a.byKind.square > 0) {
    sentences.push(
      `中心共举办大型广场志愿服务活动${a.squareByLevel.center}场次，各所、站共举办${localSquare}场次。`,
    )
  }
  const traffic = report.trafficPersuasion
  if (traffic.sessions > 0) {
    sentences.push(
      `组织志愿者在${traffic.intersections}个主要交通路口开展文明交通劝导志愿服务，` +
        `共开展劝导志愿服务活动${traffic.sessions}次。`,
    )
  }
  if (a.total > 0) {
    sentences.push(
      `${scopeSelf(report)}共开展各类志愿服务活动${a.total}场次，累计受众${a.audience}人次。`,
    )
  }
  const festivals = Object.entries(report.festivals).filter(([, count]) => count > 0)
  if (a.byKind.festival > 0) {
    const parts = festivals.map(([festival, count]) => `${festival}${count}场次`)
    sentences.push(
      `各实践所站共开展“我们的节日”${a.byKind.festival}场次` +
        (parts.length > 0 ? `，其中${parts.join('、')}。` : '。'),
    )
  }
  return sentences
}

/**
 * The report as a Chinese text summary in the voice of a district's own work report
 * ("一年来，共下发定单54个，受理点单125个。").
 *
 * @example
 * renderChineseSummary(report, { districtName: '延平区' })
 */
export const renderChineseSummary = (
  report: WorkReport,
  options: ChineseSummaryOptions = {},
): string => {
  const lead = periodPhrase(report.from, report.to)
  const asOf = report.asOf < report.to ? report.asOf : report.to
  const community = report.teams.community
  const platform = report.teams.platform
  const lines = [heading(report, options.districtName ?? districtLabel(report))]
  lines.push(
    `截至${chineseDate(asOf)}，组建小区志愿服务队伍${community.teams}支共${community.members}人。`,
  )
  // Platform teams are the centre's (入驻实践中心): a scope without the centre has none to state.
  if (report.scope.kind === 'district' || platform.teams > 0) {
    lines.push(
      `实践中心入驻共有${report.organizations}个志愿服务组织，${platform.teams}支志愿服务队伍，` +
        `共有志愿者${report.volunteers.platform}人。`,
    )
  }
  lines.push(...orderSentences(report, lead))
  const c = report.clusters
  if (c.clusters > 0) {
    lines.push(
      `推行“五联共建”机制，组建片区${c.clusters}个，涵盖薄弱村、社区${c.memberSites}个` +
        (c.pooledDispatches > 0 ? `，片区内抱团派单${c.pooledDispatches}次。` : '。'),
    )
  }
  lines.push(...activitySentences(report, lead))
  return `${lines.join('\n')}\n`
}
