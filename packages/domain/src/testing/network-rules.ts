import type { EventStore, RecordedEvent } from '@wenming/event-store'
import { wenmingEventSchema, type WenmingEvent } from '../wenming-event.js'
import { orderRuleViolation, type OrderModel } from './order-rules.js'

/** The state the rule checker keeps while it replays the log: its own model, not the deciders'. */
export type NetworkModel = {
  readonly sites: Map<string, { level: string; clusterId: string | null; parentId: string | null }>
  readonly teams: Map<
    string,
    {
      status: string
      capacity: number
      categories: readonly string[]
      homeSiteId: string
      members: Set<string>
      reservations: Set<string>
    }
  >
  readonly orders: Map<string, OrderModel>
  readonly clusters: Map<
    string,
    { active: boolean; leadSiteId: string; members: Set<string>; pooled: Map<string, string> }
  >
}

const parentLevels: Record<string, string | null> = {
  center: null,
  institute: 'center',
  station: 'institute',
  point: 'station',
}

const clusterSites = (cluster: { leadSiteId: string; members: Set<string> }): string[] => [
  cluster.leadSiteId,
  ...cluster.members,
]

const siteTeamRuleViolation = (m: NetworkModel, event: WenmingEvent): string | null => {
  switch (event.type) {
    case 'SiteRegistered': {
      const { data } = event
      const parent = data.parentId === null ? null : m.sites.get(data.parentId)
      if ((parent?.level ?? null) !== parentLevels[data.level])
        return 'site parent not one level up'
      m.sites.set(data.siteId, { level: data.level, clusterId: null, parentId: data.parentId })
      return null
    }
    case 'SiteClaimedByCluster': {
      const site = m.sites.get(event.data.siteId)
      if (site === undefined || site.clusterId !== null)
        return 'C1: site claimed by a second cluster'
      site.clusterId = event.data.clusterId
      return null
    }
    case 'SiteReleasedByCluster': {
      const site = m.sites.get(event.data.siteId)
      if (site?.clusterId !== event.data.clusterId) return 'site released by a cluster not its own'
      site.clusterId = null
      return null
    }
    case 'TeamRegistered':
      if (!m.sites.has(event.data.homeSiteId)) return 'team home site not registered'
      m.teams.set(event.data.teamId, {
        status: 'active',
        capacity: event.data.capacity,
        categories: event.data.categories,
        homeSiteId: event.data.homeSiteId,
        members: new Set([event.data.leader.volunteerId]),
        reservations: new Set(),
      })
      return null
    default:
      break
  }
  const teamId = 'teamId' in event.data ? event.data.teamId : null
  if (teamId === null || event.type.startsWith('Order') || event.type.startsWith('Cluster')) {
    return null
  }
  const team = m.teams.get(teamId)
  if (team === undefined) return `${event.type} on an unregistered team`
  switch (event.type) {
    case 'TeamMemberJoined':
      if (team.members.has(event.data.volunteerId)) return 'T3: member joined twice'
      team.members.add(event.data.volunteerId)
      return null
    case 'TeamMemberLeft':
      team.members.delete(event.data.volunteerId)
      return null
    case 'TeamCapacityChanged':
      if (event.data.capacity < team.reservations.size) return 'T1: capacity below active orders'
      team.capacity = event.data.capacity
      return null
    case 'TeamCategoriesChanged':
      team.categories = event.data.categories
      return null
    case 'TeamSuspended':
      team.status = 'suspended'
      return null
    case 'TeamReinstated':
      team.status = 'active'
      return null
    case 'TeamDissolved':
      if (team.reservations.size > 0) return 'T2: team dissolved with active orders'
      team.status = 'dissolved'
      return null
    case 'TeamCapacityReserved':
      if (team.status !== 'active') return 'T2: reservation on a team that is not active'
      if (team.reservations.has(event.data.orderId)) return 'reservation taken twice'
      team.reservations.add(event.data.orderId)
      if (team.reservations.size > team.capacity) return 'T1: more active orders than capacity'
      return null
    case 'TeamCapacityReleased':
      if (!team.reservations.delete(event.data.orderId)) return 'released a reservation never held'
      return null
    default:
      return null
  }
}

const clusterRuleViolation = (m: NetworkModel, event: WenmingEvent): string | null => {
  const clusterId = 'clusterId' in event.data ? event.data.clusterId : undefined
  if (!event.type.startsWith('Cluster') || clusterId === undefined) return null
  if (event.type === 'ClusterFormed') {
    const sites = [event.data.leadSiteId, ...event.data.memberSiteIds]
    if (new Set(sites).size !== sites.length || sites.length < 3)
      return 'C3: cluster formed too small'
    if (sites.some((s) => m.sites.get(s)?.clusterId !== clusterId))
      return 'C1: formed without claims'
    m.clusters.set(clusterId, {
      active: true,
      leadSiteId: event.data.leadSiteId,
      members: new Set(event.data.memberSiteIds),
      pooled: new Map(),
    })
    return null
  }
  const cluster = m.clusters.get(clusterId)
  if (cluster === undefined || !cluster.active) return `${event.type} on an inactive cluster`
  switch (event.type) {
    case 'ClusterSiteJoined':
      if (m.sites.get(event.data.siteId)?.clusterId !== clusterId)
        return 'C1: joined without a claim'
      cluster.members.add(event.data.siteId)
      return null
    case 'ClusterSiteLeft':
      cluster.members.delete(event.data.siteId)
      if (cluster.members.size < 2) return 'C3: fewer than two member sites'
      if ([...cluster.pooled.values()].includes(event.data.siteId))
        return 'C2: left, teams still pooled'
      return null
    case 'ClusterTeamPooled': {
      const home = m.teams.get(event.data.teamId)?.homeSiteId
      if (home === undefined || !clusterSites(cluster).includes(home))
        return 'C2: pooled a foreign team'
      cluster.pooled.set(event.data.teamId, home)
      return null
    }
    case 'ClusterTeamWithdrawn':
      cluster.pooled.delete(event.data.teamId)
      return null
    case 'ClusterDissolved':
      if (cluster.pooled.size > 0) return 'C3: dissolved with teams still pooled'
      cluster.active = false
      return null
    default:
      return null
  }
}

/** Checks the state at the end of the log: reservations match dispatched orders, claims match clusters. */
const finalViolations = (m: NetworkModel): string[] => {
  const violations: string[] = []
  for (const [teamId, team] of m.teams) {
    const held = [...m.orders.values()]
      .filter((o) =>
        o.tasks === null
          ? o.teamId === teamId && (o.status === 'dispatched' || o.status === 'taken')
          : o.status === 'dispatched' &&
            (o.tasks.get(teamId) === 'assigned' || o.tasks.get(teamId) === 'taken'),
      )
      .map((o) => o.orderId)
    if (held.length !== team.reservations.size || held.some((id) => !team.reservations.has(id))) {
      violations.push(`reservations of ${teamId} do not match its dispatched orders`)
    }
  }
  // O7: a 定单 to several teams is complete if and only if every task is.
  for (const order of m.orders.values()) {
    if (order.tasks === null) continue
    const all = [...order.tasks.values()].every((task) => task === 'completed')
    const complete = order.status === 'completed' || order.status === 'evaluated'
    if (all !== complete)
      violations.push(`O7: ${order.orderId} complete ${complete}, tasks done ${all}`)
  }
  for (const [siteId, site] of m.sites) {
    const owners = [...m.clusters]
      .filter(([, c]) => c.active && clusterSites(c).includes(siteId))
      .map(([id]) => id)
    if (owners.length > 1) violations.push(`C1: ${siteId} is in ${owners.length} clusters`)
    if ((owners[0] ?? null) !== site.clusterId) violations.push(`claim of ${siteId} does not match`)
  }
  return violations
}

/**
 * Replays the whole log of `store` and returns every violated rule of docs/domain-rules.md (O1-O6, T1-T3,
 * C1-C3, sites), each as a sentence; an empty list means the log keeps them all.
 */
export const networkRuleViolations = async (store: EventStore): Promise<string[]> => {
  const model: NetworkModel = {
    sites: new Map(),
    teams: new Map(),
    orders: new Map(),
    clusters: new Map(),
  }
  const violations: string[] = []
  for await (const recorded of store.readAll()) {
    const parsed = wenmingEventSchema.safeParse({ type: recorded.type, data: recorded.data })
    if (!parsed.success) {
      violations.push(`${describe(recorded)}: does not parse`)
      continue
    }
    const event = parsed.data
    const violation =
      siteTeamRuleViolation(model, event) ??
      clusterRuleViolation(model, event) ??
      orderRuleViolation(model, event)
    if (violation !== null) violations.push(`${describe(recorded)}: ${violation}`)
  }
  return [...violations, ...finalViolations(model)]
}

const describe = (recorded: RecordedEvent): string => `#${recorded.position} ${recorded.type}`
