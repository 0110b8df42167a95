import type { EventStore } from '@wenming/event-store'
import {
  computeWorkReport,
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
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'md':
      return renderMarkdown(report)
    case 'text':
      return renderChineseSummary(report)
  }
}
