import { createInMemoryEventStore } from '@wenming/event-store'
import { computeWorkReport, type ReportScope, type WorkReport } from '@wenming/reports'
import { summedFigures } from '@wenming/reports/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { simulateDistrictYear } from './simulate-district-year.js'
import { PROFILE_2022, type SimulationProfile } from './simulation-profile.js'

const small: SimulationProfile = {
  ...PROFILE_2022,
  institutes: 3,
  stationsPerInstitute: 4,
  pointsPerInstitute: 2,
  clusters: 2,
  organizations: 4,
  platformTeams: 6,
  platformMembers: 60,
  communityTeams: 20,
  communityMembers: 180,
  directiveOrders: 9,
  requestOrdersAccepted: 40,
  requestOrdersRejected: 4,
  requestOrdersCancelled: 2,
  centreSquareActivities: 2,
  localSquareActivities: 12,
  festivalActivities: 10,
  trafficPersuasionSessions: 6,
  intersections: 3,
  themedActivities: 6,
  regularActivities: 20,
}

type Logged = { type: string; data: unknown }
type Site = { siteId: string; level: string }

const simulatedLog = async (seed: number): Promise<Logged[]> => {
  const store = createInMemoryEventStore()
  await simulateDistrictYear(store, { year: 2022, seed, profile: small })
  const events: Logged[] = []
  for await (const { type, data } of store.readAll()) events.push({ type, data })
  return events
}

describe('scoped reports of a simulated district', () => {
  it('add up to the district: over its stations and the centre’s and institutes’ own, and over its institutes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), async (seed) => {
        const log = await simulatedLog(seed)
        const sites = log.filter((e) => e.type === 'SiteRegistered').map((e) => e.data as Site)
        const of = (level: string) => sites.filter((s) => s.level === level).map((s) => s.siteId)
        const period = { from: '2022-01-01', to: '2022-12-31' }
        const report = (scope: ReportScope) => computeWorkReport(log, { ...period, scope })
        const all = (scopes: ReportScope[]) => Promise.all(scopes.map(report))
        const [centre] = of('center')
        const district = await report({ kind: 'district', district: centre! })
        expect(district.requestOrders.placed).toBeGreaterThan(0)
        const own = await all(
          [centre!, ...of('institute')].map((siteId) => ({ kind: 'site', siteId })),
        )
        const stations = await all(of('station').map((siteId) => ({ kind: 'station', siteId })))
        const institutes = await all(
          of('institute').map((siteId) => ({ kind: 'institute', siteId })),
        )
        const expected = summedFigures([district])
        expect(summedFigures([...own, ...stations])).toEqual(expected)
        expect(summedFigures([own[0]!, ...institutes])).toEqual(expected)
        // Every cluster member site, pooled dispatch and joint activity is in one cluster's scope.
        const clusterIds = log
          .filter((e) => e.type === 'ClusterFormed')
          .map((e) => (e.data as { clusterId: string }).clusterId)
        expect(clusterIds.length).toBe(small.clusters)
        const clusters = await all(clusterIds.map((clusterId) => ({ kind: 'cluster', clusterId })))
        const pick = (r: WorkReport) => [
          r.clusters.memberSites,
          r.clusters.pooledDispatches,
          r.clusters.jointActivities,
        ]
        const clusterSum = clusters.map(pick).reduce((a, b) => a.map((x, i) => x + b[i]!))
        expect(clusterSum).toEqual(pick(district))
      }),
      { numRuns: 3 },
    )
  }, 120_000)
})
