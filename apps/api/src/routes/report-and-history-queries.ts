import {
  queryWorkReport,
  renderChineseSummary,
  renderMarkdown,
  reportPeriod,
  workReportProjection,
} from '@wenming/reports'
import { z } from 'zod'
import type { LiveProjections } from '../live-projections.js'
import { queryRoute, type QueryRoute } from '../query-route.js'

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
      'The work report of a year or month, from events alone: JSON, Markdown or Chinese text',
    tag: 'reports',
    params: z.object({}),
    query: z.strictObject({
      period,
      format: z.enum(['json', 'md', 'text']).default('json'),
      district: z.string().min(1).max(200).optional(),
    }),
    roles: ['auditor', 'centre-dispatcher', 'institute-admin'],
    execute: ({ query }) => {
      const { from, to } = reportPeriod(query.period)
      const report = queryWorkReport(live.runner.readModel(workReportProjection), {
        from,
        to,
        ...(query.district === undefined ? {} : { district: query.district }),
      })
      const freshness = live.freshness(workReportProjection.name)
      if (query.format === 'md') {
        return Promise.resolve({
          body: renderMarkdown(report),
          contentType: 'text/markdown; charset=utf-8',
          freshness,
        })
      }
      if (query.format === 'text') {
        return Promise.resolve({
          body: renderChineseSummary(report),
          contentType: 'text/plain; charset=utf-8',
          freshness,
        })
      }
      return Promise.resolve({ body: report, freshness })
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
