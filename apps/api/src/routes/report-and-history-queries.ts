import { idSchema, orderStream } from '@wenming/domain'
import {
  queryWorkReport,
  renderChineseSummary,
  renderMarkdown,
  reportPeriod,
  workReportProjection,
} from '@wenming/reports'
import { z } from 'zod'
import type { LiveProjections } from '../live-projections.js'
import { maskPersonalFields, personalFieldsNote } from '../personal-fields.js'
import { httpProblem } from '../problem-details.js'
import { queryRoute, type QueryRoute } from '../query-route.js'
import { loadOrderOrigin, ownsOrder } from '../scope.js'

const period = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'a year (2022) or a month (2022-03)')
  .describe('The period: a year or a month')

/** The work report, one order's history (with its ETag) and the projections' freshness. */
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
      district: idSchema.optional(),
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
    url: '/orders/:orderId',
    operationId: 'orderHistory',
    summary: 'One order: its events in order, with the stream revision as ETag (for If-Match)',
    description: personalFieldsNote,
    tag: 'orders',
    params: z.strictObject({ orderId: idSchema }),
    query: z.strictObject({}),
    roles: [
      'resident',
      'station-admin',
      'institute-admin',
      'centre-dispatcher',
      'team-leader',
      'auditor',
    ],
    authorize: async ({ principal, params }, { store }) => {
      const origin = await loadOrderOrigin(store, params.orderId)
      if (principal.role === 'auditor' || principal.role === 'centre-dispatcher') return true
      if (principal.role !== 'team-leader') return ownsOrder(principal, origin)
      for await (const event of store.readStream(orderStream(params.orderId))) {
        const teamId = (event.data as { teamId?: unknown }).teamId
        if (typeof teamId === 'string' && principal.teams.includes(teamId)) return true
      }
      return false
    },
    execute: async ({ params, principal }, { store }) => {
      const events: { type: string; data: unknown; revision: number; recordedAt: string }[] = []
      for await (const event of store.readStream(orderStream(params.orderId))) {
        events.push({
          type: event.type,
          data: maskPersonalFields(event.data, principal),
          revision: event.revision,
          recordedAt: event.recordedAt.toISOString(),
        })
      }
      const last = events.at(-1)
      if (last === undefined) throw httpProblem(404, 'not-found', 'Order not found')
      return {
        body: { orderId: params.orderId, revision: last.revision, events },
        revision: last.revision,
      }
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
