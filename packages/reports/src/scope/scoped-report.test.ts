import { describe, expect, it } from 'vitest'
import { computeWorkReport } from '../compute-work-report.js'
import {
  activityHeld,
  clusterEvent,
  clusterFormed,
  cst,
  directiveIssued,
  dispatched,
  evaluated,
  memberJoined,
  orderEvent,
  requestPlaced,
  siteRegistered,
  teamRegistered,
  type TestEvent,
} from '../test-support/event-builders.js'
import type { WorkReport } from '../work-report.js'
import type { ReportScope } from './report-scope.js'

const pooled = (clusterId: string, teamId: string, homeSiteId: string, at: string): TestEvent => ({
  type: 'ClusterTeamPooled',
  data: { clusterId, teamId, homeSiteId, at },
})
const withdrawn = (
  clusterId: string,
  teamId: string,
  homeSiteId: string,
  at: string,
): TestEvent => ({
  type: 'ClusterTeamWithdrawn',
  data: { clusterId, teamId, homeSiteId, reason: 'site-left', at },
})

const built = cst('2021-12-01')
/**
 * c -> i1 -> s1 -> p1, i1 -> s2, c -> i2 -> s3; cluster k1 led by s2 with s3 and p1 (p1 leaves on
 * 1 June, its team withdrawn with it).
 */
const log: TestEvent[] = [
  siteRegistered('c', null, 'center', built),
  siteRegistered('i1', 'c', 'institute', built),
  siteRegistered('s1', 'i1', 'station', built),
  siteRegistered('p1', 's1', 'point', built),
  siteRegistered('s2', 'i1', 'station', built),
  siteRegistered('i2', 'c', 'institute', built),
  siteRegistered('s3', 'i2', 'station', built),
  teamRegistered('t-c', 'c', 'org-a', 'v1', cst('2022-01-02')),
  teamRegistered('t-s1', 's1', 'org-b', 'v2', cst('2022-01-02')),
  memberJoined('t-s1', 'v3', cst('2022-01-03')),
  teamRegistered('t-p1', 'p1', 'org-b', 'v3', cst('2022-01-02')),
  teamRegistered('t-s2', 's2', 'org-b', 'v4', cst('2022-01-02')),
  teamRegistered('t-s3', 's3', 'org-b', 'v5', cst('2022-01-02')),
  clusterFormed('k1', 's2', ['s3', 'p1'], cst('2022-01-10')),
  pooled('k1', 't-s2', 's2', cst('2022-01-11')),
  pooled('k1', 't-s3', 's3', cst('2022-01-11')),
  pooled('k1', 't-p1', 'p1', cst('2022-01-11')),
  // r1 at s1: the whole way to an evaluation.
  requestPlaced('r1', 's1', cst('2022-02-01')),
  orderEvent('OrderAccepted', 'r1', cst('2022-02-01', 11)),
  dispatched('r1', 't-s1', cst('2022-02-01', 12)),
  orderEvent('OrderTaken', 'r1', cst('2022-02-01', 13), 't-s1'),
  orderEvent('OrderCompleted', 'r1', cst('2022-02-03'), 't-s1'),
  evaluated('r1', 4, cst('2022-02-04')),
  requestPlaced('r2', 'p1', cst('2022-03-01')),
  orderEvent('OrderRejected', 'r2', cst('2022-03-01', 11)),
  requestPlaced('r3', 's2', cst('2022-03-02')),
  orderEvent('OrderAccepted', 'r3', cst('2022-03-02', 11)),
  requestPlaced('r4', 's3', cst('2022-03-03')),
  orderEvent('OrderAccepted', 'r4', cst('2022-03-03', 11)),
  dispatched('r4', 't-s2', cst('2022-03-03', 12), 'pooled'),
  directiveIssued('d1', 'i1', 't-s1', cst('2022-04-01')),
  orderEvent('OrderCompleted', 'd1', cst('2022-04-05'), 't-s1'),
  directiveIssued('d2', 'c', 't-c', cst('2022-04-01')),
  activityHeld('a1', 's1', 'square', '2022-02-10'),
  activityHeld('a2', 'p1', 'festival', '2022-02-01', { festival: '春节', audience: 40 }),
  activityHeld('a3', 'i1', 'regular', '2022-05-01'),
  activityHeld('a4', 'c', 'square', '2022-05-01', { audience: 500 }),
  activityHeld('a5', 's3', 'themed', '2022-05-02', { clusterId: 'k1', audience: 60 }),
  clusterEvent('ClusterSiteLeft', 'k1', 'p1', cst('2022-06-01')),
  withdrawn('k1', 't-p1', 'p1', cst('2022-06-01')),
  // Placed at p1 after it left the cluster: the institute's and station's, not the cluster's.
  requestPlaced('r5', 'p1', cst('2022-07-01')),
]

const report = (scope: ReportScope, to = '2022-12-31'): Promise<WorkReport> =>
  computeWorkReport(log, { from: '2022-01-01', to, scope })

/** The figures this test checks by hand, zeros included. */
const figures = (r: WorkReport) => ({
  community: r.teams.community,
  platform: r.teams.platform,
  organizations: r.organizations,
  volunteers: r.volunteers.total,
  directive: [r.directiveOrders.issued, r.directiveOrders.completed],
  requests: [
    r.requestOrders.placed,
    r.requestOrders.accepted,
    r.requestOrders.rejected,
    r.requestOrders.dispatched,
    r.requestOrders.completed,
    r.requestOrders.evaluated,
  ],
  activities: [r.activities.total, r.activities.audience],
  byLevel: r.activities.byLevel,
  festivals: r.festivals,
  clusters: r.clusters,
})

describe('a scoped work report', () => {
  it('counts an institute with its stations and points, and nothing of the other institute', async () => {
    const r = await report({ kind: 'institute', siteId: 'i1' })
    expect(r.scope).toEqual({ kind: 'institute', id: 'i1', name: 'i1' })
    expect(r.district).toBe('c')
    expect(figures(r)).toEqual({
      community: { teams: 3, members: 4 },
      platform: { teams: 0, members: 0 },
      organizations: 0,
      // v3 leads t-p1 and is a member of t-s1: one volunteer.
      volunteers: 3,
      directive: [1, 1],
      // r1, r2, r3, r5 placed; r1 (s1) and r3 (s2) accepted, r2 rejected.
      requests: [4, 2, 1, 1, 1, 1],
      activities: [3, 240],
      byLevel: { center: 0, institute: 1, station: 1, point: 1 },
      festivals: { 春节: 1 },
      // k1 is led by s2; of its members only s2 is left in i1 (p1 left in June).
      clusters: { clusters: 1, memberSites: 1, pooledDispatches: 0, jointActivities: 0 },
    })
  })

  it('counts a station with its points only', async () => {
    expect(figures(await report({ kind: 'station', siteId: 's1' }))).toEqual({
      community: { teams: 2, members: 3 },
      platform: { teams: 0, members: 0 },
      organizations: 0,
      volunteers: 2,
      directive: [0, 0],
      requests: [3, 1, 1, 1, 1, 1],
      activities: [2, 140],
      byLevel: { center: 0, institute: 0, station: 1, point: 1 },
      festivals: { 春节: 1 },
      clusters: { clusters: 0, memberSites: 0, pooledDispatches: 0, jointActivities: 0 },
    })
    expect(figures(await report({ kind: 'station', siteId: 's3' }))).toMatchObject({
      requests: [1, 1, 0, 1, 0, 0],
      activities: [1, 60],
      clusters: { clusters: 0, memberSites: 1, pooledDispatches: 1, jointActivities: 1 },
    })
  })

  it("counts a site's own facts without the sites below it", async () => {
    const centre = await report({ kind: 'site', siteId: 'c' })
    expect(figures(centre)).toMatchObject({
      community: { teams: 0, members: 0 },
      platform: { teams: 1, members: 1 },
      organizations: 1,
      directive: [1, 0],
      requests: [0, 0, 0, 0, 0, 0],
      activities: [1, 500],
    })
    expect(figures(await report({ kind: 'site', siteId: 'i1' }))).toMatchObject({
      community: { teams: 0, members: 0 },
      directive: [1, 1],
      activities: [1, 100],
    })
  })

  it('counts a cluster by its members while they are members, its pooled teams and joint activities', async () => {
    const r = await report({ kind: 'cluster', clusterId: 'k1' })
    expect(r.scope).toEqual({ kind: 'cluster', id: 'k1', name: 'k1' })
    expect(r.districtName).toBe('c')
    expect(figures(r)).toEqual({
      // t-s2 and t-s3; t-p1 was withdrawn with its site.
      community: { teams: 2, members: 2 },
      platform: { teams: 0, members: 0 },
      organizations: 0,
      volunteers: 2,
      directive: [0, 0],
      // r2 (p1, a member then), r3 (s2), r4 (s3); not r1 (s1) nor r5 (p1, after it left).
      requests: [3, 2, 1, 1, 0, 0],
      // a2 at p1 in February and the joint a5 at s3.
      activities: [2, 100],
      byLevel: { center: 0, institute: 0, station: 1, point: 1 },
      festivals: { 春节: 1 },
      clusters: { clusters: 1, memberSites: 2, pooledDispatches: 1, jointActivities: 1 },
    })
    // As of March, p1 and its team were still in.
    const march = figures(await report({ kind: 'cluster', clusterId: 'k1' }, '2022-03-31'))
    expect(march.community).toEqual({ teams: 3, members: 3 })
    expect(march.clusters.memberSites).toBe(3)
  })

  it('gives the district every fact, as without a scope', async () => {
    const district = await report({ kind: 'district', district: 'c' })
    const unscoped = await computeWorkReport(log, { from: '2022-01-01', to: '2022-12-31' })
    expect(district).toEqual({
      ...unscoped,
      district: 'c',
      scope: { kind: 'district', id: 'c', name: 'c' },
    })
    expect(figures(district)).toEqual({
      community: { teams: 4, members: 5 },
      platform: { teams: 1, members: 1 },
      organizations: 1,
      volunteers: 5,
      directive: [2, 1],
      requests: [5, 3, 1, 2, 1, 1],
      activities: [5, 800],
      byLevel: { center: 1, institute: 1, station: 2, point: 1 },
      festivals: { 春节: 1 },
      clusters: { clusters: 1, memberSites: 2, pooledDispatches: 1, jointActivities: 1 },
    })
  })
})
