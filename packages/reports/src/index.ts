export type { ActivityKind, MonthlyFigures, SiteLevel, WorkReport } from './work-report.js'
export type {
  DayBucket,
  DistrictFigures,
  SiteFacts,
  WorkReportReadModel,
} from './work-report-read-model.js'
export {
  createWorkReportProjection,
  emptyWorkReportReadModel,
  workReportProjection,
} from './work-report-projection.js'
export type { WorkReportProjectionOptions } from './work-report-projection.js'
export {
  applyReportEvent,
  SCOPED_WORK_REPORT_EVENT_TYPES,
  WORK_REPORT_EVENT_TYPES,
} from './apply-report-event.js'
export { queryWorkReport } from './query-work-report.js'
export type { WorkReportQuery } from './query-work-report.js'
export { computeWorkReport, foldWorkReport } from './compute-work-report.js'
export type {
  ComputeWorkReportOptions,
  FoldWorkReportOptions,
  WorkReportSource,
} from './compute-work-report.js'
export { reportPeriod } from './report-period.js'
export type { ReportPeriod } from './report-period.js'
export { DEFAULT_UTC_OFFSET_MINUTES } from './calendar-day.js'
export { renderJson } from './render-json.js'
export { renderMarkdown } from './render-markdown.js'
export { renderChineseSummary } from './render-chinese-summary.js'
export type { ChineseSummaryOptions } from './render-chinese-summary.js'
export type { VolunteerSection } from './volunteers/volunteer-section.js'
export { computeVolunteerSection } from './volunteers/compute-volunteer-section.js'
export { queryVolunteerSection } from './volunteers/query-volunteer-section.js'
export type { VolunteerSectionQuery } from './volunteers/query-volunteer-section.js'
export {
  applyVolunteerEvent,
  emptyVolunteerSectionModel,
  VOLUNTEER_SECTION_EVENT_TYPES,
} from './volunteers/volunteer-section-model.js'
export type { VolunteerSectionModel } from './volunteers/volunteer-section-model.js'
export {
  renderVolunteerSectionText,
  renderVolunteerSectionMarkdown,
} from './volunteers/render-volunteer-section.js'
export type { MarkdownOptions } from './render-markdown.js'
export { renderCsv } from './render-csv.js'
export type { CsvOptions } from './render-csv.js'
export { renderXlsx, XLSX_MEDIA_TYPE } from './render-xlsx.js'
export type { XlsxOptions } from './render-xlsx.js'
export { reportSections, reportTitle } from './report-sections.js'
export type { ReportLanguage, ReportRow, ReportSection } from './report-sections.js'
export { districtLabel } from './district-label.js'
export type { ReportScope, ReportScopeKind, ReportScopeSummary } from './scope/report-scope.js'
export { checkReportScope } from './scope/check-report-scope.js'
export type { ReportScopeRefusal } from './scope/check-report-scope.js'
export { describeScopeRefusal } from './scope/describe-scope-refusal.js'
