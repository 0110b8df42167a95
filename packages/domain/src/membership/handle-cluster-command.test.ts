import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import type { ClusterCommand } from '../cluster/commands.js'
import { runNetworkCommands } from '../testing/handle-network-command.js'
import { networkSetup } from '../testing/network.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import { createWenmingDomain } from '../create-wenming-domain.js'

const domain = createWenmingDomain()

const metadata = commandMetadata('2026-02-01T08:00:00.000Z')

const network = async (): Promise<EventStore> => {
  const store = createInMemoryEventStore()
  await runNetworkCommands(store, networkSetup(), 'setup')
  return store
}

const form = (clusterId: string, leadSiteId: string, memberSiteIds: string[]): ClusterCommand => ({
  type: 'FormCluster',
  data: { clusterId, name: clusterId, leadSiteId, memberSiteIds },
  metadata,
})

const clusterOf = async (store: EventStore, siteId: string) => {
  const site = await domain.readSite(store, siteId)
  return site.status === 'unregistered' ? undefined : site.clusterId
}

describe('cluster membership process', () => {
  it('claims every site of a new cluster on the site’s own stream', async () => {
    const store = await network()
    const result = await domain.handleClusterCommand(store, form('k-1', 'st-1', ['st-2', 'st-3']), {
      commandId: 'f',
    })
    expect(result.ok && result.events.map((e) => e.type)).toEqual([
      'SiteClaimedByCluster',
      'SiteClaimedByCluster',
      'SiteClaimedByCluster',
      'ClusterFormed',
    ])
    expect(await clusterOf(store, 'st-2')).toBe('k-1')
  })

  it('refuses a site already in another cluster and releases the claims it took (C1)', async () => {
    const store = await network()
    await domain.handleClusterCommand(store, form('k-1', 'st-1', ['st-2', 'st-3']), {
      commandId: 'f1',
    })
    const result = await domain.handleClusterCommand(store, form('k-2', 'st-4', ['pt-1', 'st-3']), {
      commandId: 'f2',
    })
    expect(result).toEqual({
      ok: false,
      error: { type: 'SiteInCluster', siteId: 'st-3', clusterId: 'k-1' },
    })
    expect(await clusterOf(store, 'st-4')).toBeNull()
    expect(await clusterOf(store, 'pt-1')).toBeNull()
    expect(await clusterOf(store, 'st-3')).toBe('k-1')
  })

  it('joins a site, and releases its claim when it leaves', async () => {
    const store = await network()
    await domain.handleClusterCommand(store, form('k-1', 'st-1', ['st-2', 'st-3']), {
      commandId: 'f',
    })
    const joined = await domain.handleClusterCommand(
      store,
      { type: 'JoinCluster', data: { clusterId: 'k-1', siteId: 'st-4' }, metadata },
      { commandId: 'j' },
    )
    expect(joined.ok && joined.events.map((e) => e.type)).toEqual([
      'SiteClaimedByCluster',
      'ClusterSiteJoined',
    ])
    const left = await domain.handleClusterCommand(
      store,
      { type: 'LeaveCluster', data: { clusterId: 'k-1', siteId: 'st-4' }, metadata },
      { commandId: 'l' },
    )
    expect(left.ok && left.events.map((e) => e.type)).toEqual([
      'ClusterSiteLeft',
      'SiteReleasedByCluster',
    ])
    expect(await clusterOf(store, 'st-4')).toBeNull()
  })

  it('releases the claim when the cluster refuses the join', async () => {
    const store = await network()
    const result = await domain.handleClusterCommand(
      store,
      { type: 'JoinCluster', data: { clusterId: 'k-9', siteId: 'st-4' }, metadata },
      { commandId: 'j' },
    )
    expect(result).toEqual({ ok: false, error: { type: 'ClusterNotFound', clusterId: 'k-9' } })
    expect(await clusterOf(store, 'st-4')).toBeNull()
  })

  it('releases every site when the cluster is dissolved (C3)', async () => {
    const store = await network()
    await domain.handleClusterCommand(store, form('k-1', 'st-1', ['st-2', 'st-3']), {
      commandId: 'f',
    })
    const result = await domain.handleClusterCommand(
      store,
      { type: 'DissolveCluster', data: { clusterId: 'k-1', reason: '' }, metadata },
      { commandId: 'd' },
    )
    expect(
      result.ok && result.events.filter((e) => e.type === 'SiteReleasedByCluster'),
    ).toHaveLength(3)
    for (const siteId of ['st-1', 'st-2', 'st-3']) expect(await clusterOf(store, siteId)).toBeNull()
  })

  it('pools a team read from its own stream, and refuses a team from outside (C2)', async () => {
    const store = await network()
    await domain.handleClusterCommand(store, form('k-1', 'st-1', ['st-2', 'st-3']), {
      commandId: 'f',
    })
    const pool = (teamId: string): ClusterCommand => ({
      type: 'PoolTeam',
      data: { clusterId: 'k-1', teamId },
      metadata,
    })
    expect(
      (await domain.handleClusterCommand(store, pool('team-st-2'), { commandId: 'p1' })).ok,
    ).toBe(true)
    expect(
      await domain.handleClusterCommand(store, pool('team-st-4'), { commandId: 'p2' }),
    ).toEqual({
      ok: false,
      error: {
        type: 'TeamHomeSiteNotInCluster',
        clusterId: 'k-1',
        teamId: 'team-st-4',
        homeSiteId: 'st-4',
      },
    })
  })
})
