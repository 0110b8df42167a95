import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createWenmingDomain } from '../create-wenming-domain.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import type { WenmingCommand } from '../wenming-command.js'
import { wenmingEventSchema } from '../wenming-event.js'
import {
  districtCommandsArbitrary,
  districtNetworkArbitrary,
  districtSetup,
  type DistrictNetwork,
} from '../testing/district-network.js'

const domain = createWenmingDomain()

/** Every way an event of the log crosses a district (D1), as sentences; empty when none does. */
const crossings = async (store: EventStore, network: DistrictNetwork): Promise<string[]> => {
  const orderSite = new Map<string, string>()
  const clusterDistrict = new Map<string, string>()
  const found: string[] = []
  const districtOfSite = (siteId: string) => network.districtOfSite.get(siteId)
  const districtOfTeam = (teamId: string) => {
    const home = network.homeOfTeam.get(teamId)
    return home === undefined ? undefined : districtOfSite(home)
  }
  for await (const recorded of store.readAll()) {
    const event = wenmingEventSchema.parse({ type: recorded.type, data: recorded.data })
    switch (event.type) {
      case 'RequestOrderPlaced':
        orderSite.set(event.data.orderId, event.data.siteId)
        break
      case 'DirectiveOrderIssued': {
        const { orderId, issuingSiteId, teamId } = event.data
        orderSite.set(orderId, issuingSiteId)
        if (districtOfSite(issuingSiteId) !== districtOfTeam(teamId))
          found.push(`directive ${orderId} from ${issuingSiteId} to ${teamId}`)
        break
      }
      case 'OrderDispatched':
      case 'OrderRedispatched': {
        const { orderId, teamId } = event.data
        const site = orderSite.get(orderId) ?? ''
        if (districtOfSite(site) !== districtOfTeam(teamId))
          found.push(`dispatch of ${orderId} at ${site} to ${teamId}`)
        break
      }
      case 'ClusterFormed': {
        const { clusterId, leadSiteId, memberSiteIds } = event.data
        const district = districtOfSite(leadSiteId) ?? ''
        clusterDistrict.set(clusterId, district)
        for (const siteId of memberSiteIds)
          if (districtOfSite(siteId) !== district) found.push(`${siteId} in ${clusterId}`)
        break
      }
      case 'ClusterSiteJoined':
        if (districtOfSite(event.data.siteId) !== clusterDistrict.get(event.data.clusterId))
          found.push(`${event.data.siteId} joined ${event.data.clusterId}`)
        break
      case 'ClusterTeamPooled':
        if (districtOfTeam(event.data.teamId) !== clusterDistrict.get(event.data.clusterId))
          found.push(`${event.data.teamId} pooled in ${event.data.clusterId}`)
        break
      default:
        break
    }
  }
  return found
}

const run = async (store: EventStore, commands: readonly WenmingCommand[], prefix: string) => {
  for (const [index, command] of commands.entries()) {
    await domain.handleWenmingCommand(store, command, { commandId: `${prefix}-${index}` })
  }
}

describe('district boundaries (D1)', () => {
  it('never lets a dispatch, a directive, a pooling or a cluster membership cross districts', async () => {
    await fc.assert(
      fc.asyncProperty(
        districtNetworkArbitrary.chain((network) =>
          fc.tuple(fc.constant(network), districtCommandsArbitrary(network)),
        ),
        async ([network, commands]) => {
          const store = createInMemoryEventStore()
          await run(store, districtSetup(network), 'setup')
          await run(store, commands, 'cmd')
          expect(await crossings(store, network)).toEqual([])
        },
      ),
      { numRuns: 60 },
    )
  })

  it('still dispatches within a district: a centre team reaches every site of its own district', async () => {
    const network = fc.sample(districtNetworkArbitrary, { numRuns: 1, seed: 7 })[0]!
    const store = createInMemoryEventStore()
    await run(store, districtSetup(network), 'setup')
    const [district] = network.districts
    const station = district!.stations[0]!
    const meta = commandMetadata('2026-02-01T08:00:00.000Z')
    await run(
      store,
      [
        {
          type: 'PlaceRequestOrder',
          data: {
            orderId: 'o-in',
            siteId: station,
            onBehalfOf: null,
            category: 'health',
            need: '',
            wantedAt: '2026-02-02T08:00:00.000Z',
          },
          metadata: meta,
        },
        { type: 'AcceptOrder', data: { orderId: 'o-in' }, metadata: meta },
        {
          type: 'DispatchOrder',
          data: { orderId: 'o-in', teamId: `team-${district!.centre}` },
          metadata: meta,
        },
      ],
      'within',
    )
    expect(await domain.readOrder(store, 'o-in')).toMatchObject({
      status: 'dispatched',
      teamId: `team-${district!.centre}`,
    })
  })
})
