import type { WenmingEvent } from '@wenming/domain'
import type { EventStore } from '@wenming/event-store'

/** An ISO instant `hours` after 2026-03-01T00:00Z. */
export const at = (hours: number): string =>
  new Date(Date.UTC(2026, 2, 1) + hours * 3_600_000).toISOString()

/** 定单 `d3` from the centre `c0` to teams t1, t2 and tD (O7), due on 2026-03-02. */
export const directiveToThreeTeams: WenmingEvent = {
  type: 'DirectiveOrderIssued',
  data: {
    orderId: 'd3',
    issuingSiteId: 'c0',
    issuerId: 'boss',
    teamId: 't1',
    reach: 'directed',
    tasks: [
      { teamId: 't1', reach: 'directed' },
      { teamId: 't2', reach: 'directed' },
      { teamId: 'tD', reach: 'district' },
    ],
    theme: '文明交通',
    description: '',
    dueDate: '2026-03-02',
    at: at(0),
  },
}

/** 定单 `d3`'s closing event once every task is done, at `hours`. */
export const directiveCompleted = (hours: number): WenmingEvent => ({
  type: 'DirectiveOrderCompleted',
  data: { orderId: 'd3', teamIds: ['t1', 't2', 'tD'], at: at(hours) },
})

/** A one-volunteer completion report of a task of `d3`. */
export const taskReport = {
  date: '2026-03-02',
  volunteerIds: ['v-1'],
  hours: 1,
  audience: 5,
  notes: '',
}

const streamOf = (event: WenmingEvent): string => {
  const data = event.data as Record<string, string>
  if (event.type.startsWith('Site')) return `site-${data['siteId']}`
  if (event.type.startsWith('Team')) return `team-${data['teamId']}`
  if (event.type.startsWith('Cluster')) return `cluster-${data['clusterId']}`
  return `order-${data['orderId']}`
}

/** Appends each event to its aggregate's stream, in the order given. */
export const appendEvents = async (
  store: EventStore,
  events: readonly WenmingEvent[],
): Promise<void> => {
  for (const event of events) await store.appendToStream(streamOf(event), [event])
}

const site = (siteId: string, level: 'center' | 'station', lat: number): WenmingEvent => ({
  type: 'SiteRegistered',
  data: {
    siteId,
    parentId: level === 'center' ? null : 'c0',
    level,
    name: siteId,
    kind: '村',
    coordinates: { latitude: lat, longitude: 120 },
    at: at(0),
  },
})

const team = (teamId: string, homeSiteId: string, capacity: number): WenmingEvent => ({
  type: 'TeamRegistered',
  data: {
    teamId,
    name: `team ${teamId}`,
    homeSiteId,
    organizationId: 'org-1',
    platform: 'health',
    categories: ['health'],
    capacity,
    leader: { volunteerId: `v-${teamId}`, displayName: 'leader' },
    at: at(0),
  },
})

const place = (orderId: string, siteId: string, hours: number): WenmingEvent => ({
  type: 'RequestOrderPlaced',
  data: {
    orderId,
    siteId,
    requesterId: `r-${orderId}`,
    onBehalfOf: null,
    category: 'health',
    need: '',
    wantedAt: at(hours + 48),
    at: at(hours),
  },
})

/**
 * A small district: centre c0, stations s1-s3 (s1 lead of cluster k1 with s2 and s3), teams t1
 * (s1), t2 (s2, pooled in k1) and tD (district), and orders o1-o5 in every open and closed state.
 */
export const districtScenario: readonly WenmingEvent[] = [
  site('c0', 'center', 30),
  site('s1', 'station', 30.01),
  site('s2', 'station', 30.02),
  site('s3', 'station', 30.03),
  team('t1', 's1', 2),
  team('t2', 's2', 1),
  team('tD', 'c0', 5),
  {
    type: 'ClusterFormed',
    data: {
      clusterId: 'k1',
      name: '联片一',
      leadSiteId: 's1',
      memberSiteIds: ['s2', 's3'],
      at: at(1),
    },
  },
  {
    type: 'ClusterTeamPooled',
    data: { clusterId: 'k1', teamId: 't2', homeSiteId: 's2', at: at(1) },
  },
  {
    type: 'ClusterVenueOffered',
    data: { clusterId: 'k1', venueId: 'v1', siteId: 's2', name: '文化礼堂', at: at(1) },
  },
  // o1: local, taken 2 h after dispatch.
  place('o1', 's1', 2),
  { type: 'OrderAccepted', data: { orderId: 'o1', acceptedBy: 'staff', at: at(3) } },
  { type: 'TeamCapacityReserved', data: { teamId: 't1', orderId: 'o1', at: at(4) } },
  {
    type: 'OrderDispatched',
    data: { orderId: 'o1', teamId: 't1', reach: 'local', dispatchedBy: 'staff', at: at(4) },
  },
  { type: 'OrderTaken', data: { orderId: 'o1', teamId: 't1', takenBy: 'v-t1', at: at(6) } },
  // o2: pooled to t2 from s3 at hour 10, never taken: overdue after hour 34.
  place('o2', 's3', 8),
  { type: 'OrderAccepted', data: { orderId: 'o2', acceptedBy: 'staff', at: at(9) } },
  { type: 'TeamCapacityReserved', data: { teamId: 't2', orderId: 'o2', at: at(10) } },
  {
    type: 'OrderDispatched',
    data: { orderId: 'o2', teamId: 't2', reach: 'pooled', dispatchedBy: 'staff', at: at(10) },
  },
  // o3: completed by t1 (3 h, taken 4 h after dispatch) and rated 4.
  place('o3', 's1', 11),
  { type: 'OrderAccepted', data: { orderId: 'o3', acceptedBy: 'staff', at: at(11) } },
  { type: 'TeamCapacityReserved', data: { teamId: 't1', orderId: 'o3', at: at(12) } },
  {
    type: 'OrderDispatched',
    data: { orderId: 'o3', teamId: 't1', reach: 'local', dispatchedBy: 'staff', at: at(12) },
  },
  { type: 'OrderTaken', data: { orderId: 'o3', teamId: 't1', takenBy: 'v-t1', at: at(16) } },
  {
    type: 'OrderCompleted',
    data: {
      orderId: 'o3',
      teamId: 't1',
      completedBy: 'v-t1',
      report: { date: '2026-03-01', volunteerIds: ['v-t1'], hours: 3, audience: 20, notes: '' },
      at: at(20),
    },
  },
  {
    type: 'TeamCapacityReleased',
    data: { teamId: 't1', orderId: 'o3', reason: 'completed', at: at(20) },
  },
  {
    type: 'OrderEvaluated',
    data: { orderId: 'o3', teamId: 't1', evaluatedBy: 'r-o3', rating: 4, comment: '', at: at(21) },
  },
  // o4: declined by tD, back to accepted.
  place('o4', 's2', 22),
  { type: 'OrderAccepted', data: { orderId: 'o4', acceptedBy: 'staff', at: at(22) } },
  {
    type: 'OrderDispatched',
    data: { orderId: 'o4', teamId: 'tD', reach: 'district', dispatchedBy: 'staff', at: at(23) },
  },
  {
    type: 'OrderDeclined',
    data: { orderId: 'o4', teamId: 'tD', declinedBy: 'v-tD', reason: 'busy', at: at(24) },
  },
  // o5: rejected.
  place('o5', 's1', 25),
  {
    type: 'OrderRejected',
    data: { orderId: 'o5', rejectedBy: 'staff', reason: 'dup', at: at(26) },
  },
  // s3 leaves k1.
  { type: 'ClusterSiteLeft', data: { clusterId: 'k1', siteId: 's3', at: at(30) } },
]
