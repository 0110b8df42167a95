import { idSchema } from '@wenming/domain'
import {
  computeWorkReport,
  queryWorkReport,
  renderChineseSummary,
  renderCsv,
  renderMarkdown,
  renderXlsx,
  XLSX_MEDIA_TYPE,
  reportPeriod,
  workReportProjection,
} from '@wenming/reports'
import { z } from 'zod'
import type { LiveProjections } from '../live-projections.js'
import { queryRoute, type QueryRoute } from '../query-route.js'
import { reportScopeOf, scopeParameters, checkedScope } from './report-scope-params.js'

const period = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'a year (2022) or a month (2022-03)')
  .describe('The period: a year or a month')

/** The work report and the projections' freshness. */
export const reportAndHistoryRoutes = (
  live: LiveProjections,
  projectionNames: readonly string[],
): QueryRoute[] => [
  queryRoute({
    url: '/reports/work',
    operationId: 'workReport',
    summary:
      'The work report of a year or month, from events alone: JSON, Markdown, Chinese text, CSV or XLSX',
    description:
      "The district's figures by default; `institute`, `station` or `cluster` (one at most) gives the " +
      'same figures filtered to that scope: an institute with its stations and service points, a ' +
      'station with its points, a cluster with its member sites, pooled teams and joint activities. ' +
      'An unknown site or cluster is a 404; a site of another level (a station given as `institute`) a 422.',
    tag: 'reports',
    params: z.object({}),
    query: z.strictObject({
      period,
      format: z
        .enum(['json', 'md', 'text', 'csv', 'xlsx'])
        .default('json')
        .describe('json, Markdown, Chinese text, CSV (UTF-8 with BOM) or an Excel workbook'),
      lang: z.enum(['zh', 'en']).default('zh').describe('The language of md, csv and xlsx'),
      district: idSchema.optional().describe("One district's report: its centre's site id"),
      ...scopeParameters,
    }),
    roles: ['auditor', 'centre-dispatcher', 'institute-admin'],
    execute: async ({ query }, { store }) => {
      const { from, to } = reportPeriod(query.period)
      const liveModel = live.runner.readModel(workReportProjection)
      const scope = checkedScope(liveModel, reportScopeOf(query))
      // A scope's figures come from a fold of the whole log that keeps that scope's facts only;
      // the district's from the live read model.
      const report =
        scope === undefined
          ? queryWorkReport(liveModel, {
              from,
              to,
              ...(query.district === undefined ? {} : { district: query.district }),
            })
          : await computeWorkReport(store, { from, to, scope })
      // A scoped report is as fresh as the log it has just read.
      const fresh =
        scope === undefined ? { freshness: live.freshness(workReportProjection.name) } : {}
      const language = { language: query.lang }
      if (query.format === 'csv') {
        return {
          body: renderCsv(report, language),
          contentType: 'text/csv; charset=utf-8',
          ...fresh,
        }
      }
      if (query.format === 'xlsx') {
        return { body: await renderXlsx(report, language), contentType: XLSX_MEDIA_TYPE, ...fresh }
      }
      if (query.format === 'md') {
        return {
          body: renderMarkdown(report, language),
          contentType: 'text/markdown; charset=utf-8',
          ...fresh,
        }
      }
      if (query.format === 'text') {
        return {
          body: renderChineseSummary(report),
          contentType: 'text/plain; charset=utf-8',
          ...fresh,
        }
      }
      return { body: report, ...fresh }
    },
  }),
  queryRoute({
    url: '/projections',
    operationId: 'projectionStatus',
    summary: 'Each read model: its checkpoint and how many events it is behind the log',
    tag: 'reports',
    params: z.object({}),
    query: z.strictObject({}),
    roles: ['auditor', 'centre-dispatcher', 'institute-admin', 'station-admin', 'team-leader'],
    execute: () =>
      Promise.resolve({
        body: {
          ready: live.ready(),
          projections: projectionNames.map((name) => ({ name, ...live.freshness(name) })),
        },
      }),
  }),
]
