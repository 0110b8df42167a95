import type { SiteLevel } from '../work-report.js'

/** An event as a domain handler writes it. */
export type TestEvent = { type: string; data: Record<string, unknown> & { at: string } }

/** The UTC instant of a local (China Standard Time) date and hour. */
export const cst = (date: string, hour = 10, minute = 0): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + ((hour - 8) * 60 + minute) * 60_000).toISOString()

const coordinates = { latitude: 26.6, longitude: 118.2 }

export const siteRegistered = (
  siteId: string,
  parentId: string | null,
  level: SiteLevel,
  at: string,
): TestEvent => ({
  type: 'SiteRegistered',
  data: { siteId, parentId, level, name: siteId, kind: '社区', coordinates, at },
})

export const teamRegistered = (
  teamId: string,
  homeSiteId: string,
  organizationId: string,
  leaderId: string,
  at: string,
): TestEvent => ({
  type: 'TeamRegistered',
  data: {
    teamId,
    name: teamId,
    homeSiteId,
    organizationId,
    platform: 'culture',
    categories: ['culture'],
    capacity: 3,
    leader: { volunteerId: leaderId, displayName: leaderId },
    at,
  },
})

export const memberJoined = (teamId: string, volunteerId: string, at: string): TestEvent => ({
  type: 'TeamMemberJoined',
  data: { teamId, volunteerId, displayName: volunteerId, at },
})

export const memberLeft = (teamId: string, volunteerId: string, at: string): TestEvent => ({
  type: 'TeamMemberLeft',
  data: { teamId, volunteerId, at },
})

export const teamDissolved = (teamId: string, at: string): TestEvent => ({
  type: 'TeamDissolved',
  data: { teamId, reason: 'merged', at },
})

export const requestPlaced = (orderId: string, siteId: string, at: string): TestEvent => ({
  type: 'RequestOrderPlaced',
  data: {
    orderId,
    siteId,
    requesterId: 'resident',
    onBehalfOf: null,
    category: 'culture',
    need: '',
    wantedAt: at,
    at,
  },
})

export const directiveIssued = (
  orderId: string,
  issuingSiteId: string,
  teamId: string,
  at: string,
): TestEvent => ({
  type: 'DirectiveOrderIssued',
  data: {
    orderId,
    issuingSiteId,
    issuerId: 'centre-staff',
    teamId,
    theme: '理论宣讲',
    description: '',
    dueDate: at.slice(0, 10),
    at,
  },
})

/** An order event that needs no more than the order, a team and a time. */
export const orderEvent = (
  type:
    | 'OrderAccepted'
    | 'OrderRejected'
    | 'OrderTaken'
    | 'OrderDeclined'
    | 'OrderCancelled'
    | 'OrderCompleted',
  orderId: string,
  at: string,
  teamId = 'team',
): TestEvent => ({
  type,
  data: {
    orderId,
    teamId,
    acceptedBy: 'staff',
    rejectedBy: 'staff',
    takenBy: 'leader',
    declinedBy: 'leader',
    cancelledBy: 'resident',
    completedBy: 'leader',
    reason: 'busy',
    report: { date: at.slice(0, 10), volunteerIds: ['v'], hours: 2, audience: 10, notes: '' },
    at,
  },
})

export const dispatched = (
  orderId: string,
  teamId: string,
  at: string,
  reach = 'local',
  redispatch = false,
): TestEvent => ({
  type: redispatch ? 'OrderRedispatched' : 'OrderDispatched',
  data: { orderId, teamId, previousTeamId: 'earlier', reach, dispatchedBy: 'staff', at },
})

export const evaluated = (orderId: string, rating: number, at: string): TestEvent => ({
  type: 'OrderEvaluated',
  data: { orderId, teamId: 'team', evaluatedBy: 'resident', rating, comment: '', at },
})

export const activityHeld = (
  activityId: string,
  organizerSiteId: string,
  kind: string,
  date: string,
  details: {
    festival?: string
    intersection?: string
    audience?: number
    at?: string
    clusterId?: string
  } = {},
): TestEvent => ({
  type: 'ActivityHeld',
  data: {
    activityId,
    title: activityId,
    kind,
    organizerSiteId,
    ...(details.festival === undefined ? {} : { festival: details.festival }),
    ...(details.intersection === undefined ? {} : { intersection: details.intersection }),
    ...(details.clusterId === undefined ? {} : { clusterId: details.clusterId }),
    teamIds: [],
    date,
    volunteers: 5,
    hours: 10,
    audience: details.audience ?? 100,
    by: 'staff',
    at: details.at ?? cst(date, 20),
  },
})

export const clusterFormed = (
  clusterId: string,
  leadSiteId: string,
  memberSiteIds: string[],
  at: string,
): TestEvent => ({
  type: 'ClusterFormed',
  data: { clusterId, name: clusterId, leadSiteId, memberSiteIds, at },
})

export const clusterEvent = (
  type: 'ClusterSiteJoined' | 'ClusterSiteLeft' | 'ClusterDissolved',
  clusterId: string,
  siteId: string,
  at: string,
): TestEvent => ({
  type,
  data: { clusterId, siteId, releasedSiteIds: [], reason: '', at },
})
