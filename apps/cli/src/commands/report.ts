import type { EventStore } from '@wenming/event-store'
import {
  computeVolunteerSection,
  computeWorkReport,
  renderVolunteerSectionMarkdown,
  renderVolunteerSectionText,
  renderChineseSummary,
  renderJson,
  renderMarkdown,
  reportPeriod,
} from '@wenming/reports'

/** How `wenming report` prints: Chinese text (the summary's voice), Markdown or JSON. */
export type ReportFormat = 'text' | 'md' | 'json'

/** Computes the work report of a period (`2022`, `2022-03`) from the log alone and renders it. */
export const renderReport = async (
  store: EventStore,
  period: string,
  format: ReportFormat,
  district?: string,
): Promise<string> => {
  const { from, to } = reportPeriod(period)
  const report = await computeWorkReport(store, {
    from,
    to,
    ...(district === undefined ? {} : { district }),
  })
  if (format === 'json') return renderJson(report)
  // The volunteers section (records and certificates, Art 18 of the 办法) follows the summary.
  const volunteers = await computeVolunteerSection(store, {
    from,
    to,
    ...(district === undefined ? {} : { district }),
  })
  return format === 'md'
    ? `${renderMarkdown(report)}\n${renderVolunteerSectionMarkdown(volunteers)}`
    : `${renderChineseSummary(report)}\n${renderVolunteerSectionText(volunteers)}`
}
