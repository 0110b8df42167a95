import {
  monthlyColumns,
  monthlyRow,
  monthlyTitle,
  reportSections,
  reportTitle,
  type ReportLanguage,
} from './report-sections.js'
import type { WorkReport } from './work-report.js'

/** How to render the CSV report. */
export type CsvOptions = { readonly language?: ReportLanguage }

const cell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const line = (cells: readonly (string | number | null)[]): string => cells.map(cell).join(',')

/**
 * The report as CSV for a spreadsheet: UTF-8 with a byte-order mark (Excel then reads the Chinese),
 * CRLF line ends, a title row, `分类,指标,数值` rows of every section, then the monthly table.
 *
 * @example
 * writeFileSync('report.csv', renderCsv(report))
 */
export const renderCsv = (report: WorkReport, options: CsvOptions = {}): string => {
  const lang = options.language ?? 'zh'
  const lines = [
    line([reportTitle(report, lang)]),
    line(lang === 'zh' ? ['分类', '指标', '数值'] : ['section', 'figure', 'value']),
  ]
  for (const section of reportSections(report)) {
    for (const row of section.rows)
      lines.push(line([section.title[lang], row.label[lang], row.value]))
  }
  lines.push('', line([monthlyTitle[lang]]), line(monthlyColumns.map((column) => column[lang])))
  for (const month of report.monthly) lines.push(line(monthlyRow(month)))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
