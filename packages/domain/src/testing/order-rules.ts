import type { WenmingEvent } from '../wenming-event.js'
import type { NetworkModel } from './network-rules.js'

/** The rule checker's own model of an order. */
export type OrderModel = {
  orderId: string
  kind: 'request' | 'directive'
  status: string
  siteId: string
  ownerId: string
  category: string | null
  teamId: string | null
  dispatchedAt: string | null
  /** A 定单 to several teams: each team's task (O7); `null` otherwise. */
  tasks: Map<string, string> | null
  /** O8: the level holding an accepted request order and its site; `null` before acceptance. */
  holder: { level: string; siteId: string } | null
}

const holderSiteLevel: Record<string, string> = {
  station: 'station',
  institute: 'institute',
  centre: 'center',
}
const levelUp: Record<string, string> = { station: 'institute', institute: 'centre' }

/** O8: the site at holder level `level` above (or at) `siteId`, walking the model's tree. */
const siteAtLevel = (m: NetworkModel, siteId: string, level: string): string | null => {
  let current: string | null = siteId
  for (let hop = 0; current !== null && hop < 4; hop += 1) {
    const site = m.sites.get(current)
    if (site === undefined) return null
    if (site.level === holderSiteLevel[level]) return current
    current = site.parentId
  }
  return null
}

/** O8: the reaches each holding level may dispatch within. */
const holderReaches: Record<string, readonly string[]> = {
  station: ['local'],
  institute: ['local', 'pooled', 'institute'],
  centre: ['local', 'pooled', 'district'],
}

/** O8 for an acceptance or escalation: exactly one holder, at the right site, one level up. */
const holderViolation = (
  m: NetworkModel,
  order: OrderModel,
  event: WenmingEvent,
): string | null => {
  if (event.type === 'OrderAccepted') {
    const holder = event.data.holder ?? { level: 'centre', siteId: 'centre' }
    if (siteAtLevel(m, order.siteId, holder.level) !== holder.siteId) {
      return `O8: held by ${holder.siteId}, not the order's ${holder.level}`
    }
    order.holder = holder
    return null
  }
  if (event.type !== 'OrderEscalated') return null
  const { from, to } = event.data
  if (order.holder === null) return 'O8: escalated without a holder'
  if (from.level !== order.holder.level || from.siteId !== order.holder.siteId) {
    return 'O8: escalated by a level that does not hold the order'
  }
  if (levelUp[from.level] !== to.level) return `O8: escalated from ${from.level} to ${to.level}`
  if (siteAtLevel(m, order.siteId, to.level) !== to.siteId) return 'O8: escalated to a wrong site'
  order.holder = { level: to.level, siteId: to.siteId }
  return null
}

/** O7: the task transitions of a 定单 to several teams, by event type. */
const taskStep: Record<string, readonly [from: string, to: string]> = {
  OrderTaken: ['assigned', 'taken'],
  OrderDeclined: ['assigned', 'declined'],
  OrderCompleted: ['taken', 'completed'],
}

/** O7 for one event of a 定单 to several teams: each team answers its own task, in order. */
const taskViolation = (order: OrderModel, tasks: Map<string, string>, event: WenmingEvent) => {
  if (event.type === 'DirectiveOrderCompleted') {
    if (order.status !== 'dispatched') return `O1: DirectiveOrderCompleted after ${order.status}`
    order.status = 'completed'
    return [...tasks.values()].every((task) => task === 'completed')
      ? null
      : 'O7: 定单 completed with a task open'
  }
  const step = taskStep[event.type]
  if (step === undefined || !('teamId' in event.data)) return undefined
  if (order.status !== 'dispatched') return `O1: ${event.type} after ${order.status}`
  const teamId = event.data.teamId as string
  if (tasks.get(teamId) !== step[0])
    return `O7: ${event.type} of a task ${tasks.get(teamId) ?? 'absent'}`
  tasks.set(teamId, step[1])
  return null
}

/** O1: the statuses each order event may follow. */
const allowedFrom: Record<string, readonly string[]> = {
  OrderAccepted: ['placed'],
  OrderRejected: ['placed'],
  OrderEscalated: ['accepted'],
  OrderDispatched: ['accepted'],
  OrderRedispatched: ['dispatched'],
  OrderTaken: ['dispatched'],
  OrderDeclined: ['dispatched'],
  OrderCancelled: ['placed', 'accepted', 'dispatched', 'taken'],
  OrderCompleted: ['taken'],
  OrderEvaluated: ['completed'],
}

const statusAfter: Record<string, string> = {
  OrderAccepted: 'accepted',
  OrderRejected: 'rejected',
  OrderDispatched: 'dispatched',
  OrderRedispatched: 'dispatched',
  OrderTaken: 'taken',
  OrderDeclined: 'accepted',
  OrderCancelled: 'cancelled',
  OrderCompleted: 'completed',
  OrderEvaluated: 'evaluated',
}

/** O3 and O2: the team is eligible and its reach is what the network says. */
const dispatchViolation = (
  m: NetworkModel,
  order: OrderModel,
  teamId: string,
  reach: string,
): string | null => {
  const team = m.teams.get(teamId)
  if (team === undefined) return 'dispatched to an unknown team'
  if (!team.reservations.has(order.orderId)) return 'T1: dispatched without a reservation'
  const home = team.homeSiteId
  const orderCluster = m.sites.get(order.siteId)?.clusterId ?? null
  const cluster = orderCluster === null ? undefined : m.clusters.get(orderCluster)
  const institute = order.holder?.level === 'institute' ? order.holder.siteId : null
  const expected =
    home === order.siteId
      ? 'local'
      : cluster?.active === true && cluster.pooled.has(teamId)
        ? 'pooled'
        : institute !== null && (home === institute || m.sites.get(home)?.parentId === institute)
          ? 'institute'
          : m.sites.get(home)?.level === 'center'
            ? 'district'
            : order.kind === 'directive'
              ? 'directed'
              : null
  if (expected === null) return 'O3: request order dispatched to a team out of reach'
  if (expected !== reach) return `O2: reach recorded as ${reach}, expected ${expected}`
  if (order.holder !== null && !(holderReaches[order.holder.level] ?? []).includes(reach)) {
    return `O8: ${order.holder.level} dispatched beyond its reach (${reach})`
  }
  if (order.kind === 'request') {
    if (team.status !== 'active') return 'T2: request order dispatched to an inactive team'
    if (order.category !== null && !team.categories.includes(order.category)) {
      return 'O3: team does not serve the category'
    }
  }
  return null
}

/** Checks one order event against O1-O6 (docs/domain-rules.md) and advances the model. */
export const orderRuleViolation = (m: NetworkModel, event: WenmingEvent): string | null => {
  if (event.type === 'RequestOrderPlaced' || event.type === 'DirectiveOrderIssued') {
    const { data } = event
    if (m.orders.has(data.orderId)) return 'O1: order created twice'
    const directive = event.type === 'DirectiveOrderIssued'
    const order: OrderModel = {
      orderId: data.orderId,
      kind: directive ? 'directive' : 'request',
      status: directive ? 'dispatched' : 'placed',
      siteId: directive ? event.data.issuingSiteId : event.data.siteId,
      ownerId: directive ? event.data.issuerId : event.data.requesterId,
      category: directive ? null : event.data.category,
      teamId: null,
      dispatchedAt: null,
      tasks: null,
      holder: null,
    }
    m.orders.set(data.orderId, order)
    if (!m.sites.has(order.siteId)) return 'order at an unknown site'
    if (directive) {
      const level = m.sites.get(order.siteId)?.level
      if (level !== 'center' && level !== 'institute')
        return 'O1: directive not from centre/institute'
      order.teamId = event.data.teamId
      order.dispatchedAt = data.at
      const tasks = event.data.tasks
      if (tasks === undefined)
        return dispatchViolation(m, order, event.data.teamId, event.data.reach)
      order.tasks = new Map(tasks.map((task) => [task.teamId, 'assigned']))
      if (order.tasks.size !== tasks.length) return 'O7: a team with two tasks'
      for (const task of tasks) {
        const violation = dispatchViolation(m, order, task.teamId, task.reach)
        if (violation !== null) return violation
      }
      return null
    }
    return null
  }
  const orderEvent = event.type.startsWith('Order') || event.type === 'DirectiveOrderCompleted'
  if (!orderEvent || !('orderId' in event.data)) return null
  const order = m.orders.get(event.data.orderId)
  if (order === undefined) return `${event.type} on an unknown order`
  if (event.type === 'DirectiveOrderCompleted' && order.tasks === null) {
    return 'O7: DirectiveOrderCompleted of an order without tasks'
  }
  if (order.tasks !== null) {
    const violation = taskViolation(order, order.tasks, event)
    if (violation !== undefined) {
      if (event.type === 'OrderCompleted') {
        const r = event.data.report
        if (r.volunteerIds.length < 1 || r.hours < 0 || r.audience < 0) return 'O5: bad report'
      }
      return violation
    }
  }
  if (!(allowedFrom[event.type] ?? []).includes(order.status)) {
    return `O1: ${event.type} after ${order.status}`
  }
  let violation: string | null = holderViolation(m, order, event)
  switch (event.type) {
    case 'OrderDispatched':
      violation = dispatchViolation(m, order, event.data.teamId, event.data.reach)
      order.teamId = event.data.teamId
      order.dispatchedAt = event.data.at
      break
    case 'OrderRedispatched': {
      const waited = Date.parse(event.data.at) - Date.parse(order.dispatchedAt ?? event.data.at)
      if (waited < 24 * 3_600_000) violation = 'O6: re-dispatched within the SLA'
      else if (event.data.previousTeamId !== order.teamId) violation = 'O6: wrong previous team'
      else violation = dispatchViolation(m, order, event.data.teamId, event.data.reach)
      order.teamId = event.data.teamId
      order.dispatchedAt = event.data.at
      break
    }
    case 'OrderTaken':
    case 'OrderDeclined':
    case 'OrderCompleted':
      if (event.data.teamId !== order.teamId) violation = 'O2: answered by a team not dispatched'
      if (event.type === 'OrderCompleted') {
        const r = event.data.report
        if (r.volunteerIds.length < 1 || r.hours < 0 || r.audience < 0) violation = 'O5: bad report'
      }
      if (event.type === 'OrderDeclined') order.teamId = null
      break
    case 'OrderCancelled':
      if (event.data.cancelledBy !== order.ownerId) violation = 'O1: cancelled by someone else'
      order.teamId = null
      break
    case 'OrderEvaluated':
      if (event.data.evaluatedBy !== order.ownerId) violation = 'O4: evaluated by someone else'
      if (event.data.rating < 1 || event.data.rating > 5) violation = 'O4: rating out of range'
      break
    default:
      break
  }
  order.status = statusAfter[event.type] ?? order.status
  return violation
}
