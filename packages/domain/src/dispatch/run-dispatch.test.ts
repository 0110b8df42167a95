import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import type { OrderCommand } from '../order/commands.js'
import { teamStream } from '../shared/stream-names.js'
import { runNetworkCommands } from '../testing/handle-network-command.js'
import { networkSetup } from '../testing/network.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import { createWenmingDomain } from '../create-wenming-domain.js'

const domain = createWenmingDomain()

const t0 = '2026-02-01T08:00:00.000Z'

const network = async (): Promise<EventStore> => {
  const store = createInMemoryEventStore()
  await runNetworkCommands(store, networkSetup(), 'setup')
  return store
}

const placeAndAccept = async (
  store: EventStore,
  orderId: string,
  siteId: string,
  category = 'health',
) => {
  for (const [i, command] of (
    [
      {
        type: 'PlaceRequestOrder',
        data: { orderId, siteId, onBehalfOf: null, category, need: '', wantedAt: t0 },
        metadata: commandMetadata(t0, 'resident-1'),
      },
      { type: 'AcceptOrder', data: { orderId }, metadata: commandMetadata(t0) },
    ] satisfies OrderCommand[]
  ).entries()) {
    await domain.handleOrderCommand(store, command, { commandId: `${orderId}-intake-${i}` })
  }
}

const dispatch = (orderId: string, teamId: string, now = t0): OrderCommand => ({
  type: 'DispatchOrder',
  data: { orderId, teamId },
  metadata: commandMetadata(now),
})

const reservations = async (store: EventStore, teamId: string) => {
  const team = await domain.readTeam(store, teamId)
  return team.status === 'unregistered' ? [] : team.reservations
}

describe('dispatch process', () => {
  it('dispatches to a local team, a district team, and a pooled team, recording the reach', async () => {
    const store = await network()
    await domain.handleClusterCommand(
      store,
      {
        type: 'FormCluster',
        data: { clusterId: 'k-1', name: 'k', leadSiteId: 'st-1', memberSiteIds: ['st-2', 'st-3'] },
        metadata: commandMetadata(t0),
      },
      { commandId: 'form' },
    )
    await domain.handleClusterCommand(
      store,
      {
        type: 'PoolTeam',
        data: { clusterId: 'k-1', teamId: 'team-st-3' },
        metadata: commandMetadata(t0),
      },
      { commandId: 'pool' },
    )
    await placeAndAccept(store, 'o-local', 'st-2')
    await placeAndAccept(store, 'o-district', 'st-4')
    await placeAndAccept(store, 'o-pooled', 'st-1')
    const reachOf = async (orderId: string, teamId: string) => {
      const result = await domain.handleOrderCommand(store, dispatch(orderId, teamId), {
        commandId: `d-${orderId}`,
      })
      const event = result.ok ? result.events.find((e) => e.type === 'OrderDispatched') : undefined
      return event?.type === 'OrderDispatched' ? event.data.reach : result
    }
    expect(await reachOf('o-local', 'team-st-2')).toBe('local')
    expect(await reachOf('o-district', 'team-district')).toBe('district')
    expect(await reachOf('o-pooled', 'team-st-3')).toBe('pooled')
  })

  it('refuses a team out of reach or unknown without reserving anything', async () => {
    const store = await network()
    await placeAndAccept(store, 'o-1', 'st-4')
    expect(
      await domain.handleOrderCommand(store, dispatch('o-1', 'team-st-1'), { commandId: 'd-1' }),
    ).toEqual({
      ok: false,
      error: { type: 'TeamOutOfReach', orderId: 'o-1', teamId: 'team-st-1' },
    })
    expect(
      await domain.handleOrderCommand(store, dispatch('o-1', 'team-x'), { commandId: 'd-2' }),
    ).toEqual({
      ok: false,
      error: { type: 'TeamNotFound', teamId: 'team-x' },
    })
    expect(await reservations(store, 'team-st-1')).toEqual([])
  })

  it('refuses a dispatch to a full team with the team’s refusal (T1)', async () => {
    const store = await network()
    await placeAndAccept(store, 'o-1', 'st-1')
    await placeAndAccept(store, 'o-2', 'st-1')
    expect(
      (await domain.handleOrderCommand(store, dispatch('o-1', 'team-st-1'), { commandId: 'd-1' }))
        .ok,
    ).toBe(true)
    expect(
      await domain.handleOrderCommand(store, dispatch('o-2', 'team-st-1'), { commandId: 'd-2' }),
    ).toEqual({
      ok: false,
      error: { type: 'TeamAtCapacity', teamId: 'team-st-1', capacity: 1, activeOrders: 1 },
    })
  })

  it('releases the reservation when the order is cancelled between reservation and dispatch', async () => {
    const inner = await network()
    await placeAndAccept(inner, 'o-1', 'st-1')
    // The requester cancels right after the team's reservation lands, before the dispatch is recorded.
    const store: EventStore = {
      ...inner,
      appendToStream: async (streamName, events, options) => {
        const result = await inner.appendToStream(streamName, events, options)
        if (events.some((e) => e.type === 'TeamCapacityReserved')) {
          await domain.handleOrderCommand(
            inner,
            {
              type: 'CancelOrder',
              data: { orderId: 'o-1', reason: '' },
              metadata: commandMetadata(t0, 'resident-1'),
            },
            { commandId: 'cancel' },
          )
        }
        return result
      },
    }
    const result = await domain.handleOrderCommand(store, dispatch('o-1', 'team-st-1'), {
      commandId: 'd-1',
    })
    expect(result).toEqual({
      ok: false,
      error: { type: 'OrderNotAccepted', orderId: 'o-1', status: 'cancelled' },
    })
    const types: string[] = []
    for await (const event of inner.readStream(teamStream('team-st-1'))) types.push(event.type)
    expect(types).toEqual(['TeamRegistered', 'TeamCapacityReserved', 'TeamCapacityReleased'])
  })

  it('releases reservations on decline, completion and re-dispatch', async () => {
    const store = await network()
    await placeAndAccept(store, 'o-1', 'st-1')
    await domain.handleOrderCommand(store, dispatch('o-1', 'team-st-1'), { commandId: 'd-1' })
    const declined = await domain.handleOrderCommand(
      store,
      {
        type: 'DeclineOrder',
        data: { orderId: 'o-1', teamId: 'team-st-1', reason: 'busy' },
        metadata: commandMetadata(t0),
      },
      { commandId: 'decline' },
    )
    expect(declined.ok && declined.events.map((e) => e.type)).toEqual([
      'OrderDeclined',
      'TeamCapacityReleased',
    ])
    await domain.handleOrderCommand(store, dispatch('o-1', 'team-st-1'), { commandId: 'd-2' })
    const redispatched = await domain.handleOrderCommand(
      store,
      {
        type: 'RedispatchOrder',
        data: { orderId: 'o-1', teamId: 'team-district' },
        metadata: commandMetadata('2026-02-02T09:00:00.000Z'),
      },
      { commandId: 'redispatch' },
    )
    expect(redispatched.ok && redispatched.events.map((e) => e.type)).toEqual([
      'TeamCapacityReserved',
      'OrderRedispatched',
      'TeamCapacityReleased',
    ])
    expect(await reservations(store, 'team-st-1')).toEqual([])
    expect(await reservations(store, 'team-district')).toEqual(['o-1'])
    await domain.handleOrderCommand(
      store,
      {
        type: 'TakeOrder',
        data: { orderId: 'o-1', teamId: 'team-district' },
        metadata: commandMetadata(t0),
      },
      { commandId: 'take' },
    )
    const completed = await domain.handleOrderCommand(
      store,
      {
        type: 'CompleteOrder',
        data: {
          orderId: 'o-1',
          teamId: 'team-district',
          report: { date: '2026-02-03', volunteerIds: ['v-1'], hours: 1, audience: 1, notes: '' },
        },
        metadata: commandMetadata(t0),
      },
      { commandId: 'complete' },
    )
    expect(completed.ok && completed.events.map((e) => e.type)).toEqual([
      'OrderCompleted',
      'TeamCapacityReleased',
    ])
    expect(await reservations(store, 'team-district')).toEqual([])
  })

  it('appends nothing new when a dispatch is re-sent with the same command id', async () => {
    const store = await network()
    await placeAndAccept(store, 'o-1', 'st-1')
    const first = await domain.handleOrderCommand(store, dispatch('o-1', 'team-st-1'), {
      commandId: 'd-1',
    })
    const again = await domain.handleOrderCommand(store, dispatch('o-1', 'team-st-1'), {
      commandId: 'd-1',
    })
    expect(again).toEqual(first)
    expect(await reservations(store, 'team-st-1')).toEqual(['o-1'])
  })
})
