import { describe, expect, it } from 'vitest'
import { at, districtScenario } from '../domain-events.fixture.js'
import { runLiveReadModels } from '../live-read-models.fixture.js'
import { clusterPool } from './cluster-pool-projection.js'
import { queryClusterPool } from './query-cluster-pool.js'

describe('cluster pool', () => {
  it('holds member sites, pooled teams, venues and cross-site dispatches per cluster', async () => {
    const pool = (await runLiveReadModels(districtScenario)).readModel(clusterPool)
    expect(queryClusterPool(pool)).toEqual([
      {
        clusterId: 'k1',
        name: '联片一',
        status: 'active',
        leadSiteId: 's1',
        memberSiteIds: ['s1', 's2'],
        pooledTeamIds: ['t2'],
        venues: [{ venueId: 'v1', siteId: 's2', name: '文化礼堂' }],
        crossSiteDispatches: 1,
        jointActivities: 0,
        formedAt: at(1),
        dissolvedAt: null,
      },
    ])
    expect(queryClusterPool(pool, { siteId: 's2' }).map((c) => c.clusterId)).toEqual(['k1'])
    expect(queryClusterPool(pool, { siteId: 's3' })).toEqual([])
  })

  it('releases every member and pooled team when the cluster dissolves', async () => {
    const pool = (
      await runLiveReadModels([
        ...districtScenario,
        {
          type: 'ClusterDissolved',
          data: { clusterId: 'k1', releasedSiteIds: ['s1', 's2'], reason: '', at: at(50) },
        },
      ])
    ).readModel(clusterPool)
    expect(queryClusterPool(pool)).toEqual([])
    expect(queryClusterPool(pool, { includeDissolved: true })).toMatchObject([
      { clusterId: 'k1', status: 'dissolved', memberSiteIds: [], pooledTeamIds: [], venues: [] },
    ])
    expect(pool.siteClusters.size).toBe(0)
  })
})
