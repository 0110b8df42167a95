import {
  orderDirectory,
  queryOrderDetail,
  queryOrderDirectory,
  type OrderDetail,
  type OrderStatus,
} from '@wenming/projections'
import { z } from 'zod'
import type { LiveProjections } from '../live-projections.js'
import type { Principal, Role } from '../principal.js'
import { httpProblem } from '../problem-details.js'
import { maskPersonalFields, personalFieldsNote, seesPersonalFields } from '../personal-fields.js'
import { queryRoute, type QueryRoute } from '../query-route.js'
import { orderDetailSchema, orderPageSchema } from './read-schemas.js'
import { readModelAnswers } from '../read-model-answer.js'
import { definedFields, monthParam, paging, readId } from './read-params.js'

const statuses = [
  'placed',
  'accepted',
  'rejected',
  'dispatched',
  'taken',
  'completed',
  'evaluated',
  'cancelled',
] as const satisfies readonly OrderStatus[]

/** One status or several, comma-separated (`completed,evaluated`). */
const statusList = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const list = value.split(',').map((s) => s.trim())
    const bad = list.filter((s) => !(statuses as readonly string[]).includes(s))
    if (bad.length > 0) {
      ctx.addIssue({ code: 'custom', message: `unknown status ${bad.join(', ')}` })
      return z.NEVER
    }
    return list as OrderStatus[]
  })
  .describe(`One or more of ${statuses.join(', ')}, comma-separated`)

const orderFilter = {
  status: statusList.optional(),
  kind: z.enum(['request', 'directive']).optional(),
  siteId: readId.optional(),
  teamId: readId.optional(),
  category: z.string().min(1).max(100).optional(),
  month: monthParam.optional().describe('Placed or issued in this month'),
  ...paging,
}

const staff: readonly Role[] = [
  'centre-dispatcher',
  'institute-admin',
  'station-admin',
  'team-leader',
  'auditor',
]

/** The part of the directory a principal may list: admins their sites, leaders their teams. */
const scopeOf = (principal: Principal): { siteIds?: string[]; teamIds?: string[] } => {
  switch (principal.role) {
    case 'station-admin':
    case 'institute-admin':
      return { siteIds: principal.sites }
    case 'team-leader':
      return { teamIds: principal.teams }
    case 'resident':
      return { siteIds: [] }
    default:
      return {}
  }
}

/** Whether a principal may read this order: its requester, its site's admin, its teams' leader. */
const mayRead = (principal: Principal, order: OrderDetail): boolean => {
  if (principal.role === 'centre-dispatcher' || principal.role === 'auditor') return true
  if (order.requesterId === principal.id) return true
  if (principal.role === 'station-admin' || principal.role === 'institute-admin') {
    // O8: the admins of the level holding the order read it too.
    const held = order.holder?.siteId
    return (
      principal.sites.includes(order.siteId) || (held != null && principal.sites.includes(held))
    )
  }
  if (principal.role === 'team-leader') {
    // A team it was ever with, or a team of a 定单's tasks (O7), before that team acts on it.
    if ((order.tasks ?? []).some((task) => principal.teams.includes(task.teamId))) return true
    return order.history.some((entry) => {
      const teamId = (entry.data as { teamId?: unknown }).teamId
      return typeof teamId === 'string' && principal.teams.includes(teamId)
    })
  }
  return false
}

const WAIT_STEP_MS = 20
const WAIT_STEPS = 25

/**
 * Orders from the order directory: every status (`/order-list`), one order as it stands with its
 * history (`/orders/:orderId`), "my orders" and "my tasks"; each with its freshness and an ETag.
 */
export const orderDirectoryRoutes = (live: LiveProjections): QueryRoute[] => {
  const answers = readModelAnswers(live, orderDirectory.name)
  const model = () => live.runner.readModel(orderDirectory)
  const list = (key: string, filter: Parameters<typeof queryOrderDirectory>[1]) =>
    answers.answer(`${key}|${JSON.stringify(filter)}`, () => queryOrderDirectory(model(), filter))
  return [
    queryRoute({
      url: '/order-list',
      operationId: 'listOrders',
      summary:
        'Orders in every status (placed to evaluated, rejected, cancelled), newest first, within ' +
        'your scope',
      tag: 'orders',
      description:
        'Orders in every status, newest first. status takes several, comma-separated (completed,evaluated). Admins see their sites’ orders, team leaders their teams’, dispatchers and auditors all.',
      response: orderPageSchema,
      params: z.object({}),
      query: z.strictObject(orderFilter),
      roles: staff,
      execute: ({ query, principal }) =>
        Promise.resolve(list('all', { ...definedFields(query), ...scopeOf(principal) })),
    }),
    queryRoute({
      url: '/me/orders',
      operationId: 'myOrders',
      summary: 'The orders you placed (as a resident or a proxy) or issued, newest first',
      tag: 'orders',
      description:
        'Only the orders whose requester (or issuer) is the token’s principal: a resident or a proxy sees their own here.',
      response: orderPageSchema,
      params: z.object({}),
      query: z.strictObject(orderFilter),
      roles: [...staff, 'resident'],
      execute: ({ query, principal }) =>
        Promise.resolve(list('mine', { ...definedFields(query), requesterId: principal.id })),
    }),
    queryRoute({
      url: '/me/tasks',
      operationId: 'myTasks',
      summary:
        'Your teams’ tasks: orders dispatched to or taken by the teams you lead (any status with ' +
        '`status`)',
      tag: 'orders',
      description:
        'Orders held by the teams the token leads; dispatched and taken ones unless status says otherwise.',
      response: orderPageSchema,
      params: z.object({}),
      query: z.strictObject(orderFilter),
      roles: ['team-leader'],
      execute: ({ query, principal }) => {
        const { status, ...rest } = definedFields(query)
        return Promise.resolve(
          list('tasks', {
            ...rest,
            status: status ?? ['dispatched', 'taken'],
            teamIds: principal.teams,
          }),
        )
      },
    }),
    queryRoute({
      url: '/orders/:orderId',
      operationId: 'getOrder',
      summary:
        'One order as it stands (status, holder, team, due dates, report, evaluation) with its ' +
        'events beside it; the revision is the ETag',
      tag: 'orders',
      description:
        'The order as it stands (status, holder site, team, wanted and due dates, report, evaluation, when the take is due) and its events. The ETag is the stream revision, for If-Match on the next command. ' +
        personalFieldsNote,
      response: orderDetailSchema,
      params: z.strictObject({ orderId: readId }),
      query: z.strictObject({}),
      roles: [...staff, 'resident'],
      execute: async ({ params, principal }) => {
        let detail = queryOrderDetail(model(), params.orderId)
        // An order placed a moment ago may not be in the read model yet: wait for a catch-up.
        for (let i = 0; detail === undefined && i < WAIT_STEPS; i++) {
          if (live.freshness(orderDirectory.name).behind === 0) break
          await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS))
          detail = queryOrderDetail(model(), params.orderId)
        }
        if (detail === undefined) {
          throw httpProblem(404, 'not-found', 'Order not found', `No order ${params.orderId}`)
        }
        if (!mayRead(principal, detail)) {
          throw httpProblem(
            403,
            'forbidden',
            'Outside your scope',
            `${principal.id} may not read this`,
          )
        }
        const { history, ...order } = detail
        const sees = seesPersonalFields(principal)
        const body = () => ({
          orderId: detail.orderId,
          revision: detail.revision,
          order: sees ? order : maskPersonalFields(order, principal),
          events: sees
            ? history
            : history.map((entry) => ({
                ...entry,
                data: maskPersonalFields(entry.data, principal),
              })),
        })
        // The revision is the ETag (for If-Match); the bytes are shared while the model stays put,
        // one copy with the personal fields and one without.
        const {
          body: bytes,
          contentType,
          freshness,
        } = answers.answer(`order|${sees ? 'full' : 'masked'}|${params.orderId}`, body)
        return {
          body: bytes,
          ...(contentType === undefined ? {} : { contentType }),
          revision: detail.revision,
          ...(freshness === undefined ? {} : { freshness }),
        }
      },
    }),
  ]
}
