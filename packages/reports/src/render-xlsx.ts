import ExcelJS from 'exceljs'
import {
  monthlyColumns,
  monthlyRow,
  monthlyTitle,
  reportSections,
  reportTitle,
  type ReportLanguage,
} from './report-sections.js'
import type { WorkReport } from './work-report.js'

/** How to render the XLSX report. */
export type XlsxOptions = { readonly language?: ReportLanguage }

/** The media type of an XLSX workbook. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * The report as an Excel workbook (exceljs): one sheet per section (title row, then figure and
 * value) and a sheet with the monthly table.
 *
 * @example
 * await writeFile('report.xlsx', await renderXlsx(report))
 */
export const renderXlsx = async (
  report: WorkReport,
  options: XlsxOptions = {},
): Promise<Buffer> => {
  const lang = options.language ?? 'zh'
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Wenming'
  workbook.title = reportTitle(report, lang)
  // A fixed date keeps the bytes of one report the same from run to run.
  workbook.created = new Date(`${report.asOf}T00:00:00Z`)
  workbook.modified = workbook.created
  const title = reportTitle(report, lang)
  for (const section of reportSections(report)) {
    const sheet = workbook.addWorksheet(section.title[lang])
    sheet.addRow([title]).font = { bold: true }
    sheet.addRow(lang === 'zh' ? ['指标', '数值'] : ['figure', 'value']).font = { bold: true }
    for (const row of section.rows) sheet.addRow([row.label[lang], row.value])
    sheet.getColumn(1).width = 32
    sheet.getColumn(2).width = 12
  }
  const monthly = workbook.addWorksheet(monthlyTitle[lang])
  monthly.addRow([title]).font = { bold: true }
  monthly.addRow(monthlyColumns.map((column) => column[lang])).font = { bold: true }
  for (const month of report.monthly) monthly.addRow(monthlyRow(month))
  monthly.columns.forEach((column) => {
    column.width = 14
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
