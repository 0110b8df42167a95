import { describe, expect, it } from 'vitest'
import { districtScenario } from '../domain-events.fixture.js'
import { runLiveReadModels } from '../live-read-models.fixture.js'
import { queryTeamWorkload } from './query-team-workload.js'
import { teamWorkload } from './team-workload-projection.js'

describe('team workload', () => {
  it('counts active orders against capacity, completions, hours, ratings and take times', async () => {
    const workload = (await runLiveReadModels(districtScenario)).readModel(teamWorkload)
    expect(queryTeamWorkload(workload)).toEqual([
      expect.objectContaining({
        teamId: 't1',
        capacity: 2,
        activeOrders: 1,
        capacityLeft: 1,
        utilization: 0.5,
        completed: 1,
        hours: 3,
        averageRating: 4,
        takes: 2,
        medianTakeMs: 3 * 3_600_000,
      }),
      expect.objectContaining({
        teamId: 't2',
        activeOrders: 1,
        capacityLeft: 0,
        completed: 0,
        averageRating: null,
        takes: 0,
        medianTakeMs: null,
      }),
      expect.objectContaining({ teamId: 'tD', activeOrders: 0, takes: 0, status: 'active' }),
    ])
  })

  it('filters by team and home site', async () => {
    const workload = (await runLiveReadModels(districtScenario)).readModel(teamWorkload)
    expect(queryTeamWorkload(workload, { homeSiteId: 's2' }).map((t) => t.teamId)).toEqual(['t2'])
    expect(queryTeamWorkload(workload, { teamId: 'tD' }).map((t) => t.teamId)).toEqual(['tD'])
  })

  it('follows suspension, reinstatement and capacity changes', async () => {
    const workload = (
      await runLiveReadModels([
        ...districtScenario,
        {
          type: 'TeamSuspended',
          data: { teamId: 't2', reason: '', at: '2026-03-03T00:00:00.000Z' },
        },
        {
          type: 'TeamCapacityChanged',
          data: { teamId: 't1', capacity: 4, at: '2026-03-03T00:00:00.000Z' },
        },
      ])
    ).readModel(teamWorkload)
    const [t1, t2] = queryTeamWorkload(workload)
    expect(t1).toMatchObject({ capacity: 4, capacityLeft: 3 })
    expect(t2).toMatchObject({ status: 'suspended' })
  })
})
