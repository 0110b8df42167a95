import { scopeLabel, scopeLabelEn } from './scope/scope-label.js'
import type { MonthlyFigures, WorkReport } from './work-report.js'

/** The languages the report renderers speak: Chinese (default) and English. */
export type ReportLanguage = 'zh' | 'en'

type Text = { readonly zh: string; readonly en: string }

/** One row of a section: a figure's label and its value (null: no data). */
export type ReportRow = { readonly label: Text; readonly value: number | string | null }

/** A section of the report (队伍与志愿者, 订单 ...): a title, the column heads and its rows. */
export type ReportSection = {
  readonly id: 'teams' | 'orders' | 'activities' | 'festivals' | 'clusters'
  readonly title: Text
  readonly rows: readonly ReportRow[]
}

const t = (zh: string, en: string): Text => ({ zh, en })
const round = (value: number | null, digits: number): number | null =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits

/** The report's title, with its scope (the district, an institute ...) and period, in `language`. */
export const reportTitle = (report: WorkReport, language: ReportLanguage): string =>
  language === 'zh'
    ? `${scopeLabel(report)}工作报告（${report.from} 至 ${report.to}）`
    : `Work report of ${scopeLabelEn(report)}, ${report.from} – ${report.to}`

/** The columns of the monthly table, in the order of {@link monthlyRow}. */
export const monthlyColumns: readonly Text[] = [
  t('月份', 'month'),
  t('下发定单', 'directive orders'),
  t('群众点单', 'requests placed'),
  t('受理点单', 'requests accepted'),
  t('完成点单', 'requests completed'),
  t('活动场次', 'activities'),
  t('我们的节日', 'festival activities'),
  t('交通劝导', 'traffic persuasion'),
  t('受众人次', 'audience'),
]

/** One month's figures in the order of {@link monthlyColumns}. */
export const monthlyRow = (m: MonthlyFigures): (string | number)[] => [
  m.month,
  m.directiveOrdersIssued,
  m.requestOrdersPlaced,
  m.requestOrdersAccepted,
  m.requestOrdersCompleted,
  m.activities,
  m.festivalActivities,
  m.trafficPersuasionSessions,
  m.audience,
]

const levelNames = {
  center: t('中心', 'center'),
  institute: t('实践所', 'institute'),
  station: t('实践站', 'station'),
  point: t('实践点', 'point'),
} as const

const kindNames = {
  square: t('广场活动', 'square'),
  regular: t('常态服务', 'regular'),
  festival: t('我们的节日', 'festival'),
  traffic_persuasion: t('交通劝导', 'traffic persuasion'),
  themed: t('主题活动', 'themed'),
} as const

/**
 * The report's figures as labelled sections, the one source of the Markdown, CSV and XLSX
 * renderers: every figure once, with its Chinese and English label.
 */
export const reportSections = (report: WorkReport): ReportSection[] => {
  const r = report.requestOrders
  const a = report.activities
  return [
    {
      id: 'teams',
      title: t('队伍与志愿者', 'Teams and volunteers'),
      rows: [
        {
          label: t('小区志愿服务队伍（支）', 'community teams'),
          value: report.teams.community.teams,
        },
        {
          label: t('小区队伍人数', 'community team members'),
          value: report.teams.community.members,
        },
        {
          label: t('平台志愿服务队伍（支）', 'platform teams'),
          value: report.teams.platform.teams,
        },
        { label: t('平台队伍人数', 'platform team members'), value: report.teams.platform.members },
        { label: t('志愿服务组织', 'organisations'), value: report.organizations },
        { label: t('志愿者', 'volunteers'), value: report.volunteers.total },
        {
          label: t('平台队伍志愿者', 'volunteers in platform teams'),
          value: report.volunteers.platform,
        },
      ],
    },
    {
      id: 'orders',
      title: t('订单', 'Orders'),
      rows: [
        { label: t('下发定单', 'directive orders issued'), value: report.directiveOrders.issued },
        {
          label: t('完成定单', 'directive orders completed'),
          value: report.directiveOrders.completed,
        },
        {
          label: t('评价定单', 'directive orders evaluated'),
          value: report.directiveOrders.evaluated,
        },
        {
          label: t('定单任务（每支队伍一项）', 'directive tasks (one per team)'),
          value: report.directiveTasks.issued,
        },
        {
          label: t('完成定单任务', 'directive tasks completed'),
          value: report.directiveTasks.completed,
        },
        { label: t('群众点单', 'request orders placed'), value: r.placed },
        { label: t('受理点单', 'request orders accepted'), value: r.accepted },
        { label: t('不予受理', 'request orders rejected'), value: r.rejected },
        { label: t('撤销点单', 'request orders cancelled'), value: r.cancelled },
        { label: t('派单次数', 'request dispatches'), value: r.dispatched },
        { label: t('退单次数', 'request declines'), value: r.declined },
        { label: t('完成点单', 'request orders completed'), value: r.completed },
        { label: t('群众评单', 'request orders evaluated'), value: r.evaluated },
        { label: t('平均评分', 'average rating'), value: round(r.averageRating, 2) },
        {
          label: t('点单到派单用时中位数（小时）', 'median hours to dispatch'),
          value: round(r.medianHoursToDispatch, 1),
        },
        {
          label: t('派单到接单用时中位数（小时）', 'median hours to take'),
          value: round(r.medianHoursToTake, 1),
        },
      ],
    },
    {
      id: 'activities',
      title: t('活动', 'Activities'),
      rows: [
        { label: t('活动总场次', 'activities'), value: a.total },
        { label: t('志愿者人次', 'volunteer turns'), value: a.volunteers },
        { label: t('受众人次', 'audience'), value: a.audience },
        ...(['center', 'institute', 'station', 'point'] as const).flatMap((level) => [
          {
            label: t(`${levelNames[level].zh}活动`, `${levelNames[level].en} activities`),
            value: a.byLevel[level],
          },
          {
            label: t(
              `${levelNames[level].zh}广场活动`,
              `${levelNames[level].en} square activities`,
            ),
            value: a.squareByLevel[level],
          },
        ]),
        ...(Object.keys(kindNames) as (keyof typeof kindNames)[]).map((kind) => ({
          label: kindNames[kind],
          value: a.byKind[kind],
        })),
        {
          label: t('交通劝导次数', 'traffic persuasion sessions'),
          value: report.trafficPersuasion.sessions,
        },
        { label: t('劝导路口', 'intersections'), value: report.trafficPersuasion.intersections },
      ],
    },
    {
      id: 'festivals',
      title: t('我们的节日', 'Festivals'),
      rows: Object.entries(report.festivals).map(([festival, count]) => ({
        label: t(festival, festival),
        value: count,
      })),
    },
    {
      id: 'clusters',
      title: t('五联共建', 'Clusters (五联共建)'),
      rows: [
        { label: t('片区', 'clusters'), value: report.clusters.clusters },
        { label: t('涵盖村、社区', 'member sites'), value: report.clusters.memberSites },
        { label: t('抱团派单', 'pooled dispatches'), value: report.clusters.pooledDispatches },
        { label: t('联办活动', 'joint activities'), value: report.clusters.jointActivities },
      ],
    },
  ]
}

/** The title of the monthly table. */
export const monthlyTitle: Text = t('按月', 'By month')
