import type { WenmingEvent } from '@wenming/domain'
import { describe, expect, it } from 'vitest'
import { at, districtScenario } from '../domain-events.fixture.js'
import { runReadModel } from '../run-read-model.fixture.js'
import { networkDirectory } from './network-projection.js'
import { queryCluster, queryClusters } from './query-clusters.js'
import { querySite, querySites, querySiteTree } from './query-sites.js'
import { queryTeam, queryTeams } from './query-teams.js'

const joined: WenmingEvent = {
  type: 'TeamMemberJoined',
  data: { teamId: 't1', volunteerId: 'v-9', displayName: '王', at: at(2) },
}
const alsoInT2: WenmingEvent = {
  type: 'TeamMemberJoined',
  data: { teamId: 't2', volunteerId: 'v-t1', displayName: 'leader', at: at(2) },
}
const weak: WenmingEvent = { type: 'SiteMarkedWeak', data: { siteId: 's2', reason: '', at: at(2) } }

describe('network directory', () => {
  it('lists sites top down with cluster, team and distinct volunteer counts', async () => {
    const model = await runReadModel(networkDirectory, [
      ...districtScenario,
      joined,
      alsoInT2,
      weak,
    ])
    const page = querySites(model)
    expect(page.total).toBe(4)
    expect(
      page.items.map((s) => [s.siteId, s.clusterId, s.childCount, s.teamCount, s.volunteerCount]),
    ).toEqual([
      ['c0', null, 3, 1, 1],
      ['s1', 'k1', 0, 1, 2],
      ['s2', 'k1', 0, 1, 2],
      ['s3', null, 0, 0, 0],
    ])
    expect(querySites(model, { weak: true }).items.map((s) => s.siteId)).toEqual(['s2'])
    expect(querySites(model, { clusterId: 'k1', limit: 1, offset: 1 })).toMatchObject({
      total: 2,
      items: [{ siteId: 's2' }],
    })
  })

  it('answers one site with its ancestors, children and home teams, and the tree', async () => {
    const model = await runReadModel(networkDirectory, districtScenario)
    expect(querySite(model, 's1')).toMatchObject({
      ancestors: [{ siteId: 'c0' }],
      children: [],
      teams: [{ teamId: 't1', status: 'active' }],
    })
    expect(querySite(model, 'c0')?.children.map((c) => c.siteId)).toEqual(['s1', 's2', 's3'])
    expect(querySite(model, 'nope')).toBeUndefined()
    const tree = querySiteTree(model)
    expect(tree.map((n) => [n.siteId, n.children.map((c) => c.siteId)])).toEqual([
      ['c0', ['s1', 's2', 's3']],
    ])
  })

  it('keeps teams with members, load, rating and pool, filterable', async () => {
    const model = await runReadModel(networkDirectory, [...districtScenario, joined])
    expect(queryTeam(model, 't1')).toMatchObject({
      members: [{ volunteerId: 'v-t1' }, { volunteerId: 'v-9', displayName: '王' }],
      capacity: 2,
      activeOrders: 1,
      capacityLeft: 1,
      completed: 1,
      averageRating: 4,
      pooledInClusterId: null,
    })
    expect(queryTeam(model, 't2')).toMatchObject({ activeOrders: 1, pooledInClusterId: 'k1' })
    expect(queryTeams(model, { clusterId: 'k1' }).items.map((t) => t.teamId)).toEqual(['t2'])
    expect(queryTeams(model, { homeSiteId: 'c0' }).items.map((t) => t.teamId)).toEqual(['tD'])
    expect(queryTeams(model, { category: 'culture' }).total).toBe(0)
  })

  it('keeps clusters with members, pooled teams and venues; a site that left is gone', async () => {
    const model = await runReadModel(networkDirectory, districtScenario)
    expect(queryCluster(model, 'k1')).toMatchObject({
      leadSiteId: 's1',
      memberSiteIds: ['s1', 's2'],
      members: [{ siteId: 's1', name: 's1' }, { siteId: 's2' }],
      pooledTeams: [{ teamId: 't2', name: 'team t2', homeSiteId: 's2' }],
      venues: [{ venueId: 'v1', siteId: 's2', name: '文化礼堂' }],
    })
    expect(queryClusters(model, { siteId: 's3' }).total).toBe(0)
  })
})
