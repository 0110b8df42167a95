import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import { computeWorkReport } from '@wenming/reports'
import { describe, expect, it } from 'vitest'
import { simulateDistrictYear } from './simulate-district-year.js'
import { PROFILE_2022, type SimulationProfile } from './simulation-profile.js'

const small: SimulationProfile = {
  ...PROFILE_2022,
  institutes: 3,
  stationsPerInstitute: 5,
  pointsPerInstitute: 1,
  clusters: 1,
  organizations: 4,
  platformTeams: 8,
  platformMembers: 90,
  communityTeams: 20,
  communityMembers: 210,
  directiveOrders: 9,
  requestOrdersAccepted: 30,
  requestOrdersRejected: 4,
  requestOrdersCancelled: 2,
  centreSquareActivities: 2,
  localSquareActivities: 20,
  festivalActivities: 14,
  trafficPersuasionSessions: 9,
  intersections: 4,
  themedActivities: 6,
  regularActivities: 25,
}

const log = async (store: EventStore) => {
  const events: unknown[] = []
  for await (const e of store.readAll()) events.push([e.streamName, e.type, e.data])
  return events
}

const simulate = async (seed: number) => {
  const store = createInMemoryEventStore()
  await simulateDistrictYear(store, { year: 2023, seed, profile: small })
  return store
}

describe('simulateDistrictYear', () => {
  it('writes the same log for the same seed and another log for another seed', async () => {
    const [a, b, c] = await Promise.all([simulate(7), simulate(7), simulate(8)])
    const first = await log(a)
    expect(await log(b)).toEqual(first)
    expect(await log(c)).not.toEqual(first)
  })

  it('produces a log whose report states the profile it was given', async () => {
    const store = await simulate(11)
    const report = await computeWorkReport(store, { from: '2023-01-01', to: '2023-12-31' })
    expect(report.teams.community).toEqual({ teams: 20, members: 210 })
    expect(report.teams.platform).toEqual({ teams: 8, members: 90 })
    expect(report.organizations).toBe(4)
    expect(report.directiveOrders.issued).toBe(9)
    expect(report.requestOrders).toMatchObject({
      placed: 34,
      accepted: 30,
      rejected: 4,
      cancelled: 2,
    })
    expect(report.requestOrders.completed).toBe(28)
    expect(report.activities.byKind).toEqual({
      square: 22,
      regular: 25,
      festival: 14,
      traffic_persuasion: 9,
      themed: 6,
    })
    expect(report.activities.squareByLevel.center).toBe(2)
    expect(report.trafficPersuasion).toEqual({ sessions: 9, intersections: 4 })
    expect(report.clusters.clusters).toBe(1)
    expect(report.clusters.memberSites).toBe(4)
  })

  it('reports its progress day by day, in order, within the year', async () => {
    const dates: string[] = []
    await simulateDistrictYear(createInMemoryEventStore(), {
      year: 2023,
      seed: 3,
      profile: small,
      onProgress: ({ date }) => dates.push(date),
    })
    expect(dates.length).toBeGreaterThan(100)
    expect([...new Set(dates)].sort()).toEqual(dates)
    expect(dates[0]!.startsWith('2023-01')).toBe(true)
    expect(dates.at(-1)! <= '2023-12-31').toBe(true)
  })
})
