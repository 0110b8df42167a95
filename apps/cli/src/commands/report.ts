import type { EventStore } from '@wenming/event-store'
import { CliFailure } from '../cli-error.js'
import {
  checkReportScope,
  computeVolunteerSection,
  describeScopeRefusal,
  foldWorkReport,
  queryWorkReport,
  renderVolunteerSectionMarkdown,
  renderVolunteerSectionText,
  renderChineseSummary,
  renderCsv,
  renderJson,
  renderMarkdown,
  renderXlsx,
  reportPeriod,
  type ReportScope,
  type VolunteerSection,
  type WorkReport,
} from '@wenming/reports'

/** How `wenming report` prints: Chinese text (the summary's voice), Markdown or JSON. */
export type ReportFormat = 'text' | 'md' | 'json'

/** Every format `wenming report` writes: the printable ones, CSV and an Excel workbook. */
export type ExportFormat = ReportFormat | 'csv' | 'xlsx'

type Computed = { report: WorkReport; volunteers: VolunteerSection }

/** The option that asks for a site of each level's report, where there is one. */
const levelOption: Partial<Record<string, string>> = {
  center: '--district',
  institute: '--institute',
  station: '--station',
}

const compute = async (
  store: EventStore,
  period: string,
  scope: ReportScope | undefined,
): Promise<Computed> => {
  const { from, to } = reportPeriod(period)
  const readModel = await foldWorkReport(store, scope === undefined ? {} : { scope })
  const refusal = scope === undefined ? undefined : checkReportScope(readModel, scope)
  if (refusal !== undefined) {
    const hint = refusal.type === 'WrongSiteLevel' ? levelOption[refusal.actual] : undefined
    throw new CliFailure(
      `${describeScopeRefusal(refusal)}${hint === undefined || refusal.type !== 'WrongSiteLevel' ? '' : ` Use ${hint} ${refusal.siteId}.`}`,
    )
  }
  const district = scope?.kind === 'district' ? scope.district : undefined
  const report = queryWorkReport(readModel, {
    from,
    to,
    ...(district === undefined ? {} : { district }),
  })
  // The volunteers section (records and certificates, Art 18 of the 办法) follows the summary.
  const volunteers = await computeVolunteerSection(store, {
    from,
    to,
    ...(scope === undefined ? {} : { scope }),
  })
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

/**
 * Computes the work report of a period (`2022`, `2022-03`) from the log alone, for the district or
 * a scope (an institute, station or cluster), and renders it.
 */
export const renderReport = async (
  store: EventStore,
  period: string,
  format: ReportFormat,
  scope?: ReportScope,
): Promise<string> => render(await compute(store, period, scope), format)

/** The report in any format: text for the printable ones and CSV, bytes for XLSX. */
export const exportReport = async (
  store: EventStore,
  period: string,
  format: ExportFormat,
  scope?: ReportScope,
): Promise<string | Buffer> => {
  const computed = await compute(store, period, scope)
  if (format === 'csv') return renderCsv(computed.report)
  if (format === 'xlsx') return renderXlsx(computed.report)
  return render(computed, format)
}
