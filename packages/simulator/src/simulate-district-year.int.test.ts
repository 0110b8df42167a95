import { createInMemoryEventStore, type RecordedEvent } from '@wenming/event-store'
import { computeWorkReport } from '@wenming/reports'
import { describe, expect, it } from 'vitest'
import { simulateDistrictYear } from './simulate-district-year.js'

describe('simulateDistrictYear with the 2022 profile', () => {
  it('produces a log whose work report states the 2022 summary figures', async () => {
    const store = createInMemoryEventStore()
    await simulateDistrictYear(store, { year: 2022, seed: 2022, profile: '2022' })
    const report = await computeWorkReport(store, {
      district: 'center',
      from: '2022-01-01',
      to: '2022-12-31',
    })
    expect(report.teams.community).toEqual({ teams: 197, members: 2676 })
    expect(report.organizations).toBe(9)
    expect(report.teams.platform.teams).toBe(42)
    expect(report.directiveOrders.issued).toBe(54)
    // Some 定单 go to several teams: more tasks than 定单, and those complete with their last task.
    expect(report.directiveTasks.issued).toBeGreaterThan(54)
    expect(report.directiveOrders.completed).toBeGreaterThan(40)
    expect(report.requestOrders.accepted).toBe(125)
    expect(report.activities.byKind.festival).toBe(430)
    expect(report.trafficPersuasion).toEqual({ sessions: 72, intersections: 11 })
    expect(report.requestOrders.rejected).toBeGreaterThan(0)
    expect(report.requestOrders.declined).toBeGreaterThan(0)
    expect(report.requestOrders.cancelled).toBeGreaterThan(0)
    expect(report.clusters.pooledDispatches).toBeGreaterThan(0)
    const events: RecordedEvent[] = []
    for await (const event of store.readAll()) events.push(event)
    expect(events.some((e) => e.type === 'OrderRedispatched')).toBe(true)
    expect(events.some((e) => e.type === 'DirectiveOrderCompleted')).toBe(true)
    expect(events.some((e) => e.type === 'TeamCapacityReserved')).toBe(true)
    // O8: about a tenth of the station and point orders are escalated by their station.
    const accepted = events.filter((e) => e.type === 'OrderAccepted')
    const byStation = accepted.filter(
      (e) => (e.data as { holder?: { level: string } }).holder?.level === 'station',
    )
    const escalations = events.filter((e) => e.type === 'OrderEscalated')
    const fromStation = escalations.filter(
      (e) => (e.data as { from: { level: string } }).from.level === 'station',
    )
    expect(fromStation.length).toBe(byStation.length)
    expect(fromStation.length).toBeGreaterThanOrEqual(Math.round(accepted.length * 0.04))
    expect(fromStation.length).toBeLessThanOrEqual(Math.round(accepted.length * 0.2))
    // Every step of every lifecycle happens inside the local (UTC+8) year.
    const times = events.map((e) => (e.data as { at: string }).at).sort()
    expect(times[0]! >= '2021-12-31T16:00:00.000Z').toBe(true)
    expect(times.at(-1)! < '2022-12-31T16:00:00.000Z').toBe(true)
  }, 60_000)
})
