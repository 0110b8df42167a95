import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import type { ClusterCommand } from '../cluster/commands.js'
import { createWenmingDomain } from '../create-wenming-domain.js'
import type { OrderCommand } from '../order/commands.js'
import { runNetworkCommands } from '../testing/handle-network-command.js'
import { networkSetup } from '../testing/network.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import { testVolunteerOptions } from '../testing/volunteer-builders.js'

const t0 = '2026-02-01T08:00:00.000Z'
const later = (minutes: number) => new Date(Date.parse(t0) + minutes * 60_000).toISOString()

/** A store that "crashes" (throws) right after an append holding an event of type `type`. */
const crashingAfter = (inner: EventStore, type: string): EventStore => ({
  ...inner,
  appendToStream: async (streamName, events, options) => {
    const result = await inner.appendToStream(streamName, events, options)
    if (events.some((e) => e.type === type)) throw new Error(`crash after ${type}`)
    return result
  },
})

const setup = async () => {
  const store = createInMemoryEventStore()
  const domain = createWenmingDomain({ volunteers: testVolunteerOptions })
  await runNetworkCommands(store, networkSetup(), 'setup', domain)
  const intake: OrderCommand[] = ['o-1', 'o-2'].flatMap((orderId): OrderCommand[] => [
    {
      type: 'PlaceRequestOrder',
      data: {
        orderId,
        siteId: 'st-1',
        onBehalfOf: null,
        category: 'health',
        need: '',
        wantedAt: t0,
      },
      metadata: commandMetadata(t0, 'resident-1'),
    },
    { type: 'AcceptOrder', data: { orderId }, metadata: commandMetadata(t0) },
  ])
  await runNetworkCommands(store, intake, 'intake', domain)
  return { store, domain }
}

const dispatch = (orderId: string, now = t0): OrderCommand => ({
  type: 'DispatchOrder',
  data: { orderId, teamId: 'team-st-1' },
  metadata: commandMetadata(now),
})

describe('the recovery pass of the processes', () => {
  it('gives back a reservation whose dispatch was never recorded, once the bound has passed', async () => {
    const { store, domain } = await setup()
    const crashing = crashingAfter(store, 'TeamCapacityReserved')
    await expect(
      domain.handleOrderCommand(crashing, dispatch('o-1'), { commandId: 'd-1' }),
    ).rejects.toThrow()
    expect(await domain.readTeam(store, 'team-st-1')).toMatchObject({ reservations: ['o-1'] })

    const early = await domain.recoverProcesses(store, { now: later(1), olderThanMs: 5 * 60_000 })
    expect(early.releasedReservations).toEqual([])
    const due = await domain.recoverProcesses(store, { now: later(6), olderThanMs: 5 * 60_000 })
    expect(due.releasedReservations).toEqual([{ teamId: 'team-st-1', orderId: 'o-1' }])
    expect(await domain.readTeam(store, 'team-st-1')).toMatchObject({ reservations: [] })
    const again = await domain.recoverProcesses(store, { now: later(7) })
    expect(again.releasedReservations).toEqual([])

    // The re-sent dispatch knows its reservation was given back; a new one goes through (T1 holds).
    expect(await domain.handleOrderCommand(store, dispatch('o-1'), { commandId: 'd-1' })).toEqual({
      ok: false,
      error: { type: 'DispatchAbandoned', orderId: 'o-1', teamId: 'team-st-1' },
    })
    const fresh = await domain.handleOrderCommand(store, dispatch('o-2', later(8)), {
      commandId: 'd-2',
    })
    expect(fresh.ok).toBe(true)
    expect(await domain.readTeam(store, 'team-st-1')).toMatchObject({ reservations: ['o-2'] })
  })

  it('uses the process’s own compensation id, so it appends nothing when the process undid it first', async () => {
    const { store, domain } = await setup()
    const crashing = crashingAfter(store, 'TeamCapacityReserved')
    await expect(
      domain.handleOrderCommand(crashing, dispatch('o-1'), { commandId: 'd-1' }),
    ).rejects.toThrow()
    const first = createWenmingDomain()
    const second = createWenmingDomain()
    // Two servers' passes over one store: the second finds nothing left to do.
    expect(
      (await first.recoverProcesses(store, { now: later(10) })).releasedReservations,
    ).toHaveLength(1)
    expect((await second.recoverProcesses(store, { now: later(10) })).releasedReservations).toEqual(
      [],
    )
    const types: string[] = []
    for await (const event of store.readStream('team-team-st-1')) types.push(event.type)
    expect(types).toEqual(['TeamRegistered', 'TeamCapacityReserved', 'TeamCapacityReleased'])
  })

  it('finishes a decline whose release never ran, and leaves a recorded dispatch alone', async () => {
    const { store, domain } = await setup()
    expect((await domain.handleOrderCommand(store, dispatch('o-1'), { commandId: 'd-1' })).ok).toBe(
      true,
    )
    expect((await domain.recoverProcesses(store, { now: later(60) })).releasedReservations).toEqual(
      [],
    )
    const decline: OrderCommand = {
      type: 'DeclineOrder',
      data: { orderId: 'o-1', teamId: 'team-st-1', reason: 'busy' },
      metadata: commandMetadata(later(61)),
    }
    const crashing = crashingAfter(store, 'OrderDeclined')
    await expect(
      domain.handleOrderCommand(crashing, decline, { commandId: 'decline' }),
    ).rejects.toThrow()
    const report = await domain.recoverProcesses(store, { now: later(120) })
    expect(report.releasedReservations).toEqual([{ teamId: 'team-st-1', orderId: 'o-1' }])
    const released = []
    for await (const event of store.readStream('team-team-st-1')) released.push(event)
    expect(released.at(-1)).toMatchObject({
      type: 'TeamCapacityReleased',
      data: { reason: 'declined' },
      metadata: { commandId: 'decline:release' },
    })
  })

  it('gives back the claims of a cluster that was never formed (C1)', async () => {
    const { store, domain } = await setup()
    const form: ClusterCommand = {
      type: 'FormCluster',
      data: { clusterId: 'k-1', name: 'k', leadSiteId: 'st-1', memberSiteIds: ['st-2', 'st-3'] },
      metadata: commandMetadata(t0),
    }
    let claims = 0
    const crashing: EventStore = {
      ...store,
      appendToStream: async (streamName, events, options) => {
        const result = await store.appendToStream(streamName, events, options)
        if (events.some((e) => e.type === 'SiteClaimedByCluster') && ++claims === 2) {
          throw new Error('crash after the second claim')
        }
        return result
      },
    }
    await expect(
      domain.handleClusterCommand(crashing, form, { commandId: 'f-1' }),
    ).rejects.toThrow()
    expect(await domain.readSite(store, 'st-2')).toMatchObject({ clusterId: 'k-1' })
    const report = await domain.recoverProcesses(store, { now: later(10) })
    expect(report.releasedClaims).toEqual([
      { siteId: 'st-1', clusterId: 'k-1' },
      { siteId: 'st-2', clusterId: 'k-1' },
    ])
    for (const siteId of ['st-1', 'st-2', 'st-3']) {
      expect(await domain.readSite(store, siteId)).toMatchObject({ clusterId: null })
    }
    expect(await domain.handleClusterCommand(store, form, { commandId: 'f-1' })).toEqual({
      ok: false,
      error: { type: 'MembershipAbandoned', clusterId: 'k-1', siteId: 'st-1' },
    })
    expect((await domain.handleClusterCommand(store, form, { commandId: 'f-2' })).ok).toBe(true)
  })
})
