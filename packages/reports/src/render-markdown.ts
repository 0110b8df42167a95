import {
  monthlyColumns,
  monthlyRow,
  monthlyTitle,
  reportSections,
  reportTitle,
  type ReportLanguage,
} from './report-sections.js'
import type { WorkReport } from './work-report.js'

const scopeKindZh = {
  district: '区',
  institute: '实践所',
  station: '实践站',
  site: '阵地本级',
  cluster: '五联共建片区',
} as const

/** How to render the Markdown report. */
export type MarkdownOptions = { readonly language?: ReportLanguage }

const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) => [
  `| ${header.join(' | ')} |`,
  `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
]

/**
 * The report as Markdown, in Chinese unless `language: 'en'`: a heading with the district's name,
 * one table per section and the monthly breakdown.
 *
 * @example
 * renderMarkdown(report) // '# 延平区新时代文明实践工作报告（2022-01-01 至 2022-12-31）\n...'
 */
export const renderMarkdown = (report: WorkReport, options: MarkdownOptions = {}): string => {
  const lang = options.language ?? 'zh'
  const head = lang === 'zh' ? ['指标', '数值'] : ['figure', 'value']
  const { scope } = report
  const scoped = scope.kind !== 'district'
  const note =
    lang === 'zh'
      ? `统计截至${report.asOf}${report.district === null ? '' : `；区中心：${report.district}`}` +
        `${scoped ? `；范围：${scopeKindZh[scope.kind]} ${scope.id}（只计其所属数据）` : ''}。`
      : `District: ${report.district ?? 'all'}${scoped ? `; scope: ${scope.kind} ${scope.id}` : ''}; events up to ${report.asOf}.`
  const lines = [`# ${reportTitle(report, lang)}`, '', note]
  for (const section of reportSections(report)) {
    if (section.rows.length === 0) continue
    lines.push(
      '',
      `## ${section.title[lang]}`,
      '',
      ...table(
        head,
        section.rows.map((row) => [row.label[lang], row.value ?? '—']),
      ),
    )
  }
  lines.push(
    '',
    `## ${monthlyTitle[lang]}`,
    '',
    ...table(
      monthlyColumns.map((column) => column[lang]),
      report.monthly.map(monthlyRow),
    ),
  )
  return `${lines.join('\n')}\n`
}
