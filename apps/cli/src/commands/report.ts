import type { EventStore } from '@wenming/event-store'
import {
  computeWorkReport,
  renderChineseSummary,
  renderCsv,
  renderJson,
  renderMarkdown,
  renderXlsx,
  reportPeriod,
  type WorkReport,
} from '@wenming/reports'

/** How `wenming report` prints: Chinese text (the summary's voice), Markdown or JSON. */
export type ReportFormat = 'text' | 'md' | 'json'

/** Every format `wenming report` writes: the printable ones, CSV and an Excel workbook. */
export type ExportFormat = ReportFormat | 'csv' | 'xlsx'

const compute = async (
  store: EventStore,
  period: string,
  district?: string,
): Promise<WorkReport> => {
  const { from, to } = reportPeriod(period)
  return computeWorkReport(store, { from, to, ...(district === undefined ? {} : { district }) })
}

const render = (report: WorkReport, format: ReportFormat): string => {
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'md':
      return renderMarkdown(report)
    case 'text':
      return renderChineseSummary(report)
  }
}

/** Computes the work report of a period (`2022`, `2022-03`) from the log alone and renders it. */
export const renderReport = async (
  store: EventStore,
  period: string,
  format: ReportFormat,
  district?: string,
): Promise<string> => render(await compute(store, period, district), format)

/** The report in any format: text for the printable ones and CSV, bytes for XLSX. */
export const exportReport = async (
  store: EventStore,
  period: string,
  format: ExportFormat,
  district?: string,
): Promise<string | Buffer> => {
  const report = await compute(store, period, district)
  if (format === 'csv') return renderCsv(report)
  if (format === 'xlsx') return renderXlsx(report)
  return render(report, format)
}
