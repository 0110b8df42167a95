import type { EventStore } from '@wenming/event-store'
import {
  computeVolunteerSection,
  computeWorkReport,
  renderVolunteerSectionMarkdown,
  renderVolunteerSectionText,
  renderChineseSummary,
  renderCsv,
  renderJson,
  renderMarkdown,
  renderXlsx,
  reportPeriod,
  type VolunteerSection,
  type WorkReport,
} from '@wenming/reports'

/** How `wenming report` prints: Chinese text (the summary's voice), Markdown or JSON. */
export type ReportFormat = 'text' | 'md' | 'json'

/** Every format `wenming report` writes: the printable ones, CSV and an Excel workbook. */
export type ExportFormat = ReportFormat | 'csv' | 'xlsx'

type Computed = { report: WorkReport; volunteers: VolunteerSection }

const compute = async (store: EventStore, period: string, district?: string): Promise<Computed> => {
  const { from, to } = reportPeriod(period)
  const scope = { from, to, ...(district === undefined ? {} : { district }) }
  const report = await computeWorkReport(store, scope)
  // The volunteers section (records and certificates, Art 18 of the 办法) follows the summary.
  const volunteers = await computeVolunteerSection(store, scope)
  return { report, volunteers }
}

const render = ({ report, volunteers }: Computed, format: ReportFormat): string => {
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'md':
      return `${renderMarkdown(report)}\n${renderVolunteerSectionMarkdown(volunteers)}`
    case 'text':
      return `${renderChineseSummary(report)}\n${renderVolunteerSectionText(volunteers)}`
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
  const computed = await compute(store, period, district)
  if (format === 'csv') return renderCsv(computed.report)
  if (format === 'xlsx') return renderXlsx(computed.report)
  return render(computed, format)
}
