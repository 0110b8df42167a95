import type { TestPrincipal } from './test-api.js'

/** One command request in the seeded district, and the principals whose role and scope allow it. */
export type CommandCase = {
  /** The route template, to check that the cases cover every command route. */
  route: string
  path: string
  body: Record<string, unknown>
  allowed: readonly TestPrincipal[]
}

const coordinates = { latitude: 30.05, longitude: 120.1 }
const report = { date: '2022-03-02', volunteerIds: ['v-1'], hours: 2, audience: 5, notes: '' }

/**
 * A valid request for every command route against {@link seedDistrict} plus order `m-o` (placed
 * by `resident` at st-1) and activity `act-1` (planned by st-1).
 */
export const commandCases: readonly CommandCase[] = [
  {
    route: '/sites',
    path: '/sites',
    body: { parentId: 'inst-1', level: 'station', name: 'new', kind: 'village', coordinates },
    allowed: ['dispatcher', 'institute'],
  },
  {
    route: '/sites/:siteId/rename',
    path: '/sites/st-1/rename',
    body: { name: '新名' },
    allowed: ['dispatcher', 'station'],
  },
  {
    route: '/sites/:siteId/close',
    path: '/sites/st-1/close',
    body: {},
    allowed: ['dispatcher', 'station'],
  },
  {
    route: '/sites/:siteId/mark-weak',
    path: '/sites/st-1/mark-weak',
    body: {},
    allowed: ['dispatcher'],
  },
  {
    route: '/sites/:siteId/clear-weak-mark',
    path: '/sites/st-1/clear-weak-mark',
    body: {},
    allowed: ['dispatcher'],
  },
  {
    route: '/teams',
    path: '/teams',
    body: {
      name: 'n',
      homeSiteId: 'st-1',
      organizationId: 'org-1',
      platform: 'culture',
      categories: ['culture'],
      capacity: 2,
      leader: { volunteerId: 'v-7', displayName: '七' },
    },
    allowed: ['dispatcher', 'station'],
  },
  {
    route: '/teams/:teamId/members',
    path: '/teams/team-local/members',
    body: { volunteerId: 'v-8', displayName: '八' },
    allowed: ['dispatcher', 'leader'],
  },
  {
    route: '/teams/:teamId/members/:volunteerId/leave',
    path: '/teams/team-local/members/v-8/leave',
    body: {},
    allowed: ['dispatcher', 'leader'],
  },
  {
    route: '/teams/:teamId/capacity',
    path: '/teams/team-local/capacity',
    body: { capacity: 4 },
    allowed: ['dispatcher', 'leader'],
  },
  {
    route: '/teams/:teamId/categories',
    path: '/teams/team-local/categories',
    body: { categories: ['health'] },
    allowed: ['dispatcher', 'leader'],
  },
  {
    route: '/teams/:teamId/suspend',
    path: '/teams/team-district/suspend',
    body: {},
    allowed: ['dispatcher'],
  },
  {
    route: '/teams/:teamId/reinstate',
    path: '/teams/team-district/reinstate',
    body: {},
    allowed: ['dispatcher'],
  },
  {
    route: '/teams/:teamId/dissolve',
    path: '/teams/team-district/dissolve',
    body: {},
    allowed: ['dispatcher'],
  },
  {
    route: '/teams/:teamId/flags',
    path: '/teams/team-local/flags',
    body: { awardedBySiteId: 'inst-1', title: '优秀队伍' },
    allowed: ['dispatcher', 'institute'],
  },
  {
    route: '/orders',
    path: '/orders',
    body: { siteId: 'st-1', category: 'health', wantedAt: '2022-03-09T09:00:00.000Z' },
    allowed: ['dispatcher', 'station', 'resident', 'otherResident'],
  },
  {
    route: '/directive-orders',
    path: '/directive-orders',
    body: { issuingSiteId: 'inst-1', teamId: 'team-local', theme: '宣讲', dueDate: '2022-04-01' },
    allowed: ['dispatcher', 'institute'],
  },
  {
    route: '/orders/:orderId/accept',
    path: '/orders/m-o/accept',
    body: {},
    // Each level accepts for itself (O8): st-1's station, its institute, the centre.
    allowed: ['dispatcher', 'station', 'institute'],
  },
  {
    route: '/orders/:orderId/reject',
    path: '/orders/m-o/reject',
    body: { reason: 'duplicate' },
    allowed: ['dispatcher'],
  },
  {
    route: '/orders/:orderId/escalate',
    path: '/orders/m-o/escalate',
    body: { reason: '本站无力承接' },
    // The centre holds m-o (its dispatcher accepted first): only it acts for the holder (O8).
    allowed: ['dispatcher'],
  },
  {
    route: '/orders/:orderId/dispatch',
    path: '/orders/m-o/dispatch',
    body: { teamId: 'team-local' },
    allowed: ['dispatcher'],
  },
  {
    route: '/orders/:orderId/redispatch',
    path: '/orders/m-o/redispatch',
    body: { teamId: 'team-local' },
    allowed: ['dispatcher'],
  },
  {
    route: '/orders/:orderId/take',
    path: '/orders/m-o/take',
    body: { teamId: 'team-local' },
    allowed: ['leader'],
  },
  {
    route: '/orders/:orderId/decline',
    path: '/orders/m-o/decline',
    body: { teamId: 'team-local', reason: 'busy' },
    allowed: ['leader'],
  },
  {
    route: '/orders/:orderId/complete',
    path: '/orders/m-o/complete',
    body: { teamId: 'team-local', report },
    allowed: ['leader'],
  },
  {
    route: '/orders/:orderId/evaluate',
    path: '/orders/m-o/evaluate',
    body: { rating: 5 },
    allowed: ['dispatcher', 'station', 'resident'],
  },
  {
    route: '/orders/:orderId/cancel',
    path: '/orders/m-o/cancel',
    body: {},
    allowed: ['dispatcher', 'station', 'resident'],
  },
  {
    route: '/clusters',
    path: '/clusters',
    body: { name: 'c', leadSiteId: 'st-1', memberSiteIds: ['st-1', 'st-3'] },
    allowed: ['dispatcher'],
  },
  {
    route: '/clusters/:clusterId/sites',
    path: '/clusters/cl-1/sites',
    body: { siteId: 'st-1' },
    allowed: ['dispatcher'],
  },
  {
    route: '/clusters/:clusterId/sites/:siteId/leave',
    path: '/clusters/cl-1/sites/st-1/leave',
    body: {},
    allowed: ['dispatcher'],
  },
  {
    route: '/clusters/:clusterId/teams',
    path: '/clusters/cl-1/teams',
    body: { teamId: 'team-pool' },
    allowed: ['dispatcher'],
  },
  {
    route: '/clusters/:clusterId/teams/:teamId/withdraw',
    path: '/clusters/cl-1/teams/team-pool/withdraw',
    body: {},
    allowed: ['dispatcher'],
  },
  {
    route: '/clusters/:clusterId/venues',
    path: '/clusters/cl-1/venues',
    body: { siteId: 'st-2', name: '文化礼堂' },
    allowed: ['dispatcher', 'otherStation'],
  },
  {
    route: '/clusters/:clusterId/venues/:venueId/withdraw',
    path: '/clusters/cl-1/venues/v-x/withdraw',
    body: {},
    allowed: ['dispatcher'],
  },
  {
    route: '/catalogue/:districtId/entries',
    path: '/catalogue/centre/entries',
    body: { entry: { code: 'm-entry', name: '矩阵测试', platform: 'health' } },
    allowed: ['dispatcher'],
  },
  {
    route: '/catalogue/:districtId/revisions',
    path: '/catalogue/centre/revisions',
    body: { entry: { code: 'culture', name: '文化活动', platform: 'culture' } },
    allowed: ['dispatcher'],
  },
  {
    route: '/catalogue/:districtId/entries/:code/retire',
    path: '/catalogue/centre/entries/m-entry/retire',
    body: { reason: '测试' },
    allowed: ['dispatcher'],
  },
  {
    route: '/clusters/:clusterId/dissolve',
    path: '/clusters/cl-1/dissolve',
    body: {},
    allowed: ['dispatcher'],
  },
  {
    route: '/activities',
    path: '/activities',
    body: {
      title: '广场活动',
      kind: 'square',
      organizerSiteId: 'st-1',
      teamIds: ['team-local'],
      plannedDate: '2022-03-12',
    },
    allowed: ['dispatcher', 'station'],
  },
  {
    route: '/activities/:activityId/hold',
    path: '/activities/act-1/hold',
    body: {
      date: '2022-03-12',
      teamIds: ['team-local'],
      volunteers: 4,
      hours: 8,
      audience: 100,
      notes: '',
    },
    allowed: ['dispatcher', 'station'],
  },
  {
    route: '/activities/:activityId/cancel',
    path: '/activities/act-1/cancel',
    body: { reason: 'rain' },
    allowed: ['dispatcher', 'station'],
  },
  {
    route: '/monthly-themes/:month',
    path: '/monthly-themes/2022-03',
    body: { title: '学雷锋' },
    allowed: ['dispatcher'],
  },
  {
    route: '/projects',
    path: '/projects',
    body: { title: '银龄驿站', category: 'health', teamId: 'team-local', targetGroup: '老人' },
    // The team's leader, the admin of its home site (st-1) and the centre (S4).
    allowed: ['dispatcher', 'station', 'leader'],
  },
  {
    route: '/project-rounds',
    path: '/project-rounds',
    body: { districtId: 'centre', title: '项目大赛' },
    allowed: ['dispatcher'],
  },
  {
    route: '/project-rounds/:roundId/scores',
    path: '/project-rounds/m-r/scores',
    body: { projectId: 'm-p', score: 80 },
    allowed: ['judge', 'otherJudge'],
  },
  {
    route: '/project-rounds/:roundId/close',
    path: '/project-rounds/m-r/close',
    body: { winners: ['m-p'] },
    allowed: ['dispatcher'],
  },
]
