import { createInMemoryEventStore, type EventStore, type RecordedEvent } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runNetworkCommands } from '../testing/handle-network-command.js'
import { clusterSetup, networkSetup } from '../testing/network.js'
import { networkCommandsArbitrary } from '../testing/network-arbitraries.js'
import { networkRuleViolations } from '../testing/network-rules.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import { scheduledStore } from '../testing/scheduled-store.js'
import type { ClusterCommand } from './commands.js'
import { createWenmingDomain } from '../create-wenming-domain.js'

const domain = createWenmingDomain()

const at = '2026-02-01T08:00:00.000Z'

const readAll = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = []
  for await (const event of store.readAll()) events.push(event)
  return events
}

const joinAttempt = fc
  .record({
    clusterId: fc.constantFrom('k-1', 'k-2'),
    siteId: fc.constantFrom('centre', 'inst-1', 'st-2'),
  })
  .map((data): ClusterCommand => ({ type: 'JoinCluster', data, metadata: commandMetadata(at) }))

const formAttempt = fc
  .shuffledSubarray(['centre', 'inst-1', 'st-2', 'st-4'], { minLength: 3, maxLength: 3 })
  .map(([lead, ...members]): ClusterCommand => ({
    type: 'FormCluster',
    data: { clusterId: 'k-3', name: 'k-3', leadSiteId: lead ?? 'centre', memberSiteIds: members },
    metadata: commandMetadata(at),
  }))

describe('clusters', () => {
  it('keep a site in at most one cluster under racing joins and formations (C1)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.oneof(joinAttempt, formAttempt), { minLength: 2, maxLength: 5 }),
        async (s, attempts) => {
          const store = createInMemoryEventStore()
          await runNetworkCommands(store, networkSetup(), 'setup')
          await runNetworkCommands(
            store,
            [
              {
                type: 'FormCluster',
                data: {
                  clusterId: 'k-1',
                  name: 'k-1',
                  leadSiteId: 'st-1',
                  memberSiteIds: ['pt-1', 'inst-2'],
                },
                metadata: commandMetadata(at),
              },
              {
                type: 'FormCluster',
                data: {
                  clusterId: 'k-2',
                  name: 'k-2',
                  leadSiteId: 'st-3',
                  memberSiteIds: ['st-4', 'pt-2'],
                },
                metadata: commandMetadata(at),
              },
            ],
            'clusters',
          )
          const racing = scheduledStore(s, store)
          const runs = attempts.map((command, i) =>
            domain.handleClusterCommand(racing, command, { commandId: `attempt-${i}` }),
          )
          await s.waitFor(Promise.all(runs))
          expect(await networkRuleViolations(store)).toEqual([])
        },
      ),
      { numRuns: 80 },
    )
  }, 30_000)

  it('dispatch pooled orders only to teams whose home site is in the order site’s cluster', async () => {
    let pooled = 0
    await fc.assert(
      fc.asyncProperty(
        networkCommandsArbitrary({ maxLength: 150, clusterWeight: 6 }),
        async (commands) => {
          const store = createInMemoryEventStore()
          await runNetworkCommands(store, [...networkSetup(), ...clusterSetup()], 'setup')
          await runNetworkCommands(store, commands)
          const homeOf = new Map<string, string>()
          const siteOf = new Map<string, string>()
          const clusterOf = new Map<string, string>()
          for (const { type, data } of await readAll(store)) {
            const d = data as Record<string, string>
            if (type === 'TeamRegistered') homeOf.set(d['teamId']!, d['homeSiteId']!)
            if (type === 'RequestOrderPlaced') siteOf.set(d['orderId']!, d['siteId']!)
            if (type === 'SiteClaimedByCluster') clusterOf.set(d['siteId']!, d['clusterId']!)
            if (type === 'SiteReleasedByCluster') clusterOf.delete(d['siteId']!)
            if (
              (type === 'OrderDispatched' || type === 'OrderRedispatched') &&
              d['reach'] === 'pooled'
            ) {
              pooled++
              const orderCluster = clusterOf.get(siteOf.get(d['orderId']!)!)
              expect(orderCluster).toBeDefined()
              expect(clusterOf.get(homeOf.get(d['teamId']!)!)).toBe(orderCluster)
            }
          }
        },
      ),
      { numRuns: 120, seed: 42 },
    )
    expect(pooled).toBeGreaterThan(0)
  }, 30_000)

  it('withdraw exactly the leaving site’s teams from the pool when a site leaves (C2)', async () => {
    let withdrawals = 0
    await fc.assert(
      fc.asyncProperty(
        networkCommandsArbitrary({ maxLength: 150, clusterWeight: 6 }),
        async (commands) => {
          const store = createInMemoryEventStore()
          await runNetworkCommands(store, [...networkSetup(), ...clusterSetup()], 'setup')
          await runNetworkCommands(store, commands)
          const pools = new Map<string, Map<string, string>>()
          const events = (await readAll(store)).filter((e) => e.streamName.startsWith('cluster-'))
          for (let i = 0; i < events.length;) {
            const first = events[i]!
            let end = i
            while (
              end < events.length &&
              events[end]!.streamName === first.streamName &&
              events[end]!.metadata?.['commandId'] === first.metadata?.['commandId']
            ) {
              end++
            }
            // One append: the events of one command on one stream, contiguous in the log.
            const group = events.slice(i, end)
            i = end
            const pool = pools.get(first.streamName) ?? new Map<string, string>()
            pools.set(first.streamName, pool)
            const left = group.find((e) => e.type === 'ClusterSiteLeft')
            if (left !== undefined) {
              const siteId = (left.data as { siteId: string }).siteId
              const expected = [...pool].filter(([, home]) => home === siteId).map(([team]) => team)
              const withdrawn = group
                .filter((e) => e.type === 'ClusterTeamWithdrawn')
                .map((e) => (e.data as { teamId: string }).teamId)
              expect(withdrawn.sort()).toEqual(expected.sort())
              withdrawals += withdrawn.length
            }
            for (const { type, data } of group) {
              const d = data as { teamId: string; homeSiteId: string }
              if (type === 'ClusterTeamPooled') pool.set(d.teamId, d.homeSiteId)
              if (type === 'ClusterTeamWithdrawn') pool.delete(d.teamId)
            }
          }
        },
      ),
      { numRuns: 120, seed: 42 },
    )
    expect(withdrawals).toBeGreaterThan(0)
  }, 30_000)
})
