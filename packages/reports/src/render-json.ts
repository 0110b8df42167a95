import type { WorkReport } from './work-report.js'

/** The report as pretty-printed JSON (two-space indent, trailing newline). */
export const renderJson = (report: WorkReport): string => `${JSON.stringify(report, null, 2)}\n`
