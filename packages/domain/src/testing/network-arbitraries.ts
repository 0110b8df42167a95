import fc from 'fast-check'
import type { ActivityCommand } from '../activity/commands.js'
import type { CatalogueCommand } from '../catalogue/commands.js'
import type { ClusterCommand } from '../cluster/commands.js'
import type { OrderCommand } from '../order/commands.js'
import type { SiteCommand } from '../site/commands.js'
import type { TeamCommand } from '../team/commands.js'
import type { RegisterVolunteer } from '../volunteer/commands.js'
import { networkSetupTime, networkSites, networkTeams } from './network.js'
import { detailDrafts, type Draft } from './network-detail-drafts.js'
import { calendarDateArbitrary } from './scalar-arbitraries.js'

/** Any public command of the scenario network. */
export type NetworkCommand =
  | SiteCommand
  | TeamCommand
  | OrderCommand
  | ClusterCommand
  | ActivityCommand
  | CatalogueCommand
  | RegisterVolunteer

const orderIds = ['o-1', 'o-2', 'o-3', 'o-4', 'o-5']
const clusterIds = ['k-1', 'k-2']
const stationIds = ['st-1', 'st-2', 'st-3', 'st-4']
const siteIds = networkSites.map((site) => site.siteId)
const teamIds = networkTeams.map((team) => team.teamId)
const actors = ['admin', 'resident-1']

const order = fc.constantFrom(...orderIds)
const team = fc.constantFrom(...teamIds)
const cluster = fc.constantFrom(...clusterIds)
const station = fc.constantFrom(...stationIds)
const category = fc.constantFrom('health', 'health', 'culture', null)
// Mostly sites with a team of their own, so that dispatches succeed and capacity fills up.
const orderSite = fc.oneof(
  { arbitrary: fc.constantFrom('centre', 'st-1', 'st-2', 'st-3'), weight: 4 },
  { arbitrary: fc.constantFrom(...siteIds), weight: 1 },
)

const orderDrafts: fc.Arbitrary<Draft>[] = [
  fc.record({ orderId: order, siteId: orderSite, category }).map((data) => (metadata) => ({
    type: 'PlaceRequestOrder',
    data: { ...data, onBehalfOf: null, need: 'help', wantedAt: networkSetupTime },
    metadata,
  })),
  fc
    .record({
      orderId: order,
      issuingSiteId: fc.constantFrom('centre', 'inst-1', 'st-1'),
      // One team, or a 定单 to several with a task each (O7).
      teams: fc.oneof(
        team.map((teamId) => ({ teamId })),
        fc.uniqueArray(team, { minLength: 2, maxLength: 3 }).map((teamIds) => ({ teamIds })),
      ),
    })
    .map(({ teams, ...data }) => (metadata) => ({
      type: 'IssueDirectiveOrder',
      data: { ...data, ...teams, theme: '理论宣讲', description: '', dueDate: '2026-12-31' },
      metadata,
    })),
  // Mostly the centre accepts (the reach of O3); now and then a station or institute holds (O8).
  fc
    .record({
      orderId: order,
      holder: fc.constantFrom('centre', 'centre', 'centre', 'default', 'station', 'institute'),
    })
    .map(({ orderId, holder }) => (metadata) => ({
      type: 'AcceptOrder',
      data: holder === 'default' ? { orderId } : { orderId, holder },
      metadata,
    })),
  order.map((orderId) => (metadata) => ({
    type: 'RejectOrder',
    data: { orderId, reason: 'out of scope' },
    metadata,
  })),
  fc.record({ orderId: order, teamId: team }).map((data) => (metadata) => ({
    type: 'DispatchOrder',
    data,
    metadata,
  })),
  fc.record({ orderId: order, teamId: team }).map((data) => (metadata) => ({
    type: 'RedispatchOrder',
    data,
    metadata,
  })),
  fc.record({ orderId: order, teamId: team }).map((data) => (metadata) => ({
    type: 'TakeOrder',
    data,
    metadata,
  })),
  fc.record({ orderId: order, teamId: team }).map((data) => (metadata) => ({
    type: 'DeclineOrder',
    data: { ...data, reason: 'busy' },
    metadata,
  })),
  order.map((orderId) => (metadata) => ({
    type: 'CancelOrder',
    data: { orderId, reason: '' },
    metadata,
  })),
  fc
    .record({
      orderId: order,
      teamId: team,
      date: calendarDateArbitrary(),
      volunteers: fc.integer({ min: 1, max: 3 }),
      hours: fc.integer({ min: 0, max: 20 }),
      audience: fc.integer({ min: 0, max: 500 }),
    })
    .map(({ orderId, teamId, date, volunteers, hours, audience }) => (metadata) => ({
      type: 'CompleteOrder',
      data: {
        orderId,
        teamId,
        report: {
          date,
          volunteerIds: Array.from({ length: volunteers }, (_, i) => `v-${i}`),
          hours,
          audience,
          notes: '',
        },
      },
      metadata,
    })),
  fc
    .record({ orderId: order, rating: fc.integer({ min: 1, max: 5 }) })
    .map((data) => (metadata) => ({
      type: 'EvaluateOrder',
      data: { ...data, comment: '' },
      metadata,
    })),
  // O8: the holder passes the order up (last, so the drafts above keep their places).
  order.map((orderId) => (metadata) => ({
    type: 'EscalateOrder',
    data: { orderId, reason: '本级无力承接' },
    metadata,
  })),
]

const teamDrafts: fc.Arbitrary<Draft>[] = [
  team.map((teamId) => (metadata) => ({
    type: 'SuspendTeam',
    data: { teamId, reason: '' },
    metadata,
  })),
  team.map((teamId) => (metadata) => ({ type: 'ReinstateTeam', data: { teamId }, metadata })),
  team.map((teamId) => (metadata) => ({
    type: 'DissolveTeam',
    data: { teamId, reason: '' },
    metadata,
  })),
  fc
    .record({ teamId: team, capacity: fc.integer({ min: 1, max: 3 }) })
    .map((data) => (metadata) => ({
      type: 'ChangeTeamCapacity',
      data,
      metadata,
    })),
  fc
    .record({ teamId: team, categories: fc.subarray(['health', 'culture'], { minLength: 1 }) })
    .map((data) => (metadata) => ({ type: 'ChangeTeamCategories', data, metadata })),
]

const clusterDrafts: fc.Arbitrary<Draft>[] = [
  fc
    .record({
      clusterId: cluster,
      sites: fc.shuffledSubarray(stationIds, { minLength: 3, maxLength: 4 }),
    })
    .map(({ clusterId, sites }) => (metadata) => ({
      type: 'FormCluster',
      data: {
        clusterId,
        name: clusterId,
        leadSiteId: sites[0] ?? 'st-1',
        memberSiteIds: sites.slice(1),
      },
      metadata,
    })),
  fc.record({ clusterId: cluster, siteId: station }).map((data) => (metadata) => ({
    type: 'JoinCluster',
    data,
    metadata,
  })),
  fc.record({ clusterId: cluster, siteId: station }).map((data) => (metadata) => ({
    type: 'LeaveCluster',
    data,
    metadata,
  })),
  fc.record({ clusterId: cluster, teamId: team }).map((data) => (metadata) => ({
    type: 'PoolTeam',
    data,
    metadata,
  })),
  fc.record({ clusterId: cluster, teamId: team }).map((data) => (metadata) => ({
    type: 'WithdrawTeam',
    data,
    metadata,
  })),
  cluster.map((clusterId) => (metadata) => ({
    type: 'DissolveCluster',
    data: { clusterId, reason: '' },
    metadata,
  })),
]

/**
 * Random commands over the scenario network (`networkSetup()` first), valid and invalid alike:
 * orders, team changes and clusters over small id pools so that commands collide, at increasing
 * times (steps up to 30 h, so dispatch SLAs run out now and then).
 */
export const networkCommandsArbitrary = (
  options: {
    readonly minLength?: number
    readonly maxLength?: number
    readonly clusters?: boolean
    /** Weight of each cluster command against 10 for each main order command (default 2). */
    readonly clusterWeight?: number
  } = {},
): fc.Arbitrary<NetworkCommand[]> => {
  // Weights keep orders moving: teams dissolve and orders are cancelled or rejected only now and then.
  const weighted = (arbitraries: fc.Arbitrary<Draft>[], weight: number) =>
    arbitraries.map((arbitrary) => ({ arbitrary, weight }))
  const [
    place,
    issue,
    accept,
    reject,
    dispatch,
    redispatch,
    take,
    decline,
    cancel,
    complete,
    evaluate,
    escalate,
  ] = orderDrafts.map((arbitrary) => [arbitrary])
  const [suspend, reinstate, dissolve, ...changes] = teamDrafts.map((arbitrary) => [arbitrary])
  const drafts = [
    ...weighted([...place!, ...accept!, ...dispatch!, ...take!, ...complete!, ...evaluate!], 10),
    ...weighted([...issue!, ...redispatch!, ...decline!, ...reinstate!], 3),
    ...weighted([...reject!, ...cancel!, ...suspend!, ...dissolve!, ...changes.flat()], 1),
    ...weighted(escalate!, 1),
    ...weighted(detailDrafts, 1),
    // Dissolving (the last cluster draft) stays rare, or clusters hardly live long enough to pool.
    ...weighted(
      options.clusters === false ? [] : clusterDrafts.slice(0, -1),
      options.clusterWeight ?? 2,
    ),
    ...weighted(options.clusters === false ? [] : clusterDrafts.slice(-1), 1),
  ]
  return fc
    .array(
      fc.tuple(
        fc.oneof(...drafts),
        fc.integer({ min: 0, max: 30 * 60 }),
        fc.constantFrom(...actors),
      ),
      { minLength: options.minLength ?? 1, maxLength: options.maxLength ?? 60, size: 'max' },
    )
    .map((steps) => {
      let ms = Date.parse(networkSetupTime)
      return steps.map(([draft, minutes, actor]) => {
        ms += minutes * 60_000
        return draft({ now: new Date(ms).toISOString(), actor: { id: actor } })
      })
    })
}
