import { describe, expect, it } from 'vitest'
import { at, districtScenario } from '../domain-events.fixture.js'
import { runLiveReadModels } from '../live-read-models.fixture.js'
import { dispatchCandidates } from './dispatch-candidates-projection.js'
import { queryDispatchCandidates, queryDispatchOrderFacts } from './query-dispatch-candidates.js'

describe('dispatch candidates', () => {
  it('gives the ranking policy one candidate per registered team', async () => {
    const model = (await runLiveReadModels(districtScenario)).readModel(dispatchCandidates)
    expect(queryDispatchCandidates(model)).toEqual([
      {
        teamId: 't1',
        status: 'active',
        categories: ['health'],
        capacity: 2,
        activeOrders: 1,
        homeSiteId: 's1',
        homeSiteParentId: 'c0',
        homeSiteLocation: { latitude: 30.01, longitude: 120 },
        isDistrictLevel: false,
        districtId: 'c0',
        averageRating: 4,
      },
      {
        teamId: 't2',
        status: 'active',
        categories: ['health'],
        capacity: 1,
        activeOrders: 1,
        homeSiteId: 's2',
        homeSiteParentId: 'c0',
        homeSiteLocation: { latitude: 30.02, longitude: 120 },
        clusterId: 'k1',
        isDistrictLevel: false,
        districtId: 'c0',
      },
      {
        teamId: 'tD',
        status: 'active',
        categories: ['health'],
        capacity: 5,
        activeOrders: 0,
        homeSiteId: 'c0',
        homeSiteLocation: { latitude: 30, longitude: 120 },
        isDistrictLevel: true,
        districtId: 'c0',
      },
    ])
  })

  it('states the facts of an open order, and none of a closed one', async () => {
    const model = (await runLiveReadModels(districtScenario)).readModel(dispatchCandidates)
    expect(queryDispatchOrderFacts(model, 'o4')).toEqual({
      orderId: 'o4',
      siteId: 's2',
      siteLocation: { latitude: 30.02, longitude: 120 },
      districtId: 'c0',
      clusterId: 'k1',
      category: 'health',
      // Accepted before O8 (no holder in its event): the centre holds it.
      holder: { level: 'centre', siteId: null },
    })
    expect(queryDispatchOrderFacts(model, 'o2')).toEqual({
      orderId: 'o2',
      siteId: 's3',
      siteLocation: { latitude: 30.03, longitude: 120 },
      districtId: 'c0',
      category: 'health',
      holder: { level: 'centre', siteId: null },
    })
    expect(queryDispatchOrderFacts(model, 'o3')).toBeUndefined()
    expect(queryDispatchOrderFacts(model, 'nope')).toBeUndefined()
  })

  it('tells every site its district from its parent when its registration did not (D1)', async () => {
    const model = (await runLiveReadModels(districtScenario)).readModel(dispatchCandidates)
    expect(new Set(queryDispatchCandidates(model).map((team) => team.districtId))).toEqual(
      new Set(['c0']),
    )
  })

  it('drops the cluster of a team withdrawn from its pool, and keeps its other facts', async () => {
    const model = (
      await runLiveReadModels([
        ...districtScenario,
        {
          type: 'ClusterTeamWithdrawn',
          data: {
            clusterId: 'k1',
            teamId: 't2',
            homeSiteId: 's2',
            reason: 'withdrawn',
            at: at(60),
          },
        },
      ])
    ).readModel(dispatchCandidates)
    expect(queryDispatchCandidates(model).find((team) => team.teamId === 't2')).toEqual({
      teamId: 't2',
      status: 'active',
      categories: ['health'],
      capacity: 1,
      activeOrders: 1,
      homeSiteId: 's2',
      homeSiteParentId: 'c0',
      homeSiteLocation: { latitude: 30.02, longitude: 120 },
      isDistrictLevel: false,
      districtId: 'c0',
    })
  })

  it('names the project team of an order for a winning project’s entry (S4)', async () => {
    const model = (
      await runLiveReadModels([
        ...districtScenario,
        {
          type: 'CatalogueEntryPublished',
          data: {
            districtId: 'c0',
            entry: {
              code: 'project-p1',
              name: '银龄驿站',
              description: '',
              platform: 'health',
              attributes: [],
              orderableBy: 'residents',
            },
            source: { projectId: 'p1', roundId: 'r1', teamId: 't1' },
            by: 'c',
            at: at(30),
          },
        },
        {
          type: 'RequestOrderPlaced',
          data: {
            orderId: 'o9',
            siteId: 's3',
            requesterId: 'r9',
            onBehalfOf: null,
            category: 'project-p1',
            need: '',
            wantedAt: at(31),
            at: at(31),
          },
        },
      ])
    ).readModel(dispatchCandidates)
    expect(queryDispatchOrderFacts(model, 'o9')).toMatchObject({ projectTeamId: 't1' })
    expect(queryDispatchOrderFacts(model, 'o4')).not.toHaveProperty('projectTeamId')
  })
})
