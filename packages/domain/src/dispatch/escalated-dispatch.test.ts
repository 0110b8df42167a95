import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { createWenmingDomain } from '../create-wenming-domain.js'
import type { OrderCommand } from '../order/commands.js'
import type { HolderLevel } from '../order/holder.js'
import { runNetworkCommands } from '../testing/handle-network-command.js'
import { clusterSetup, networkSetup } from '../testing/network.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'

const domain = createWenmingDomain()
const t0 = '2026-02-01T08:00:00.000Z'
const meta = commandMetadata(t0)

const network = async (): Promise<EventStore> => {
  const store = createInMemoryEventStore()
  await runNetworkCommands(store, [...networkSetup(), ...clusterSetup()], 'setup')
  return store
}

let sent = 0
const send = (store: EventStore, command: OrderCommand) =>
  domain.handleWenmingCommand(store, command, { commandId: `c-${(sent += 1)}` })

/** A request order at `siteId`, accepted by `holder`. */
const heldOrder = async (
  store: EventStore,
  orderId: string,
  siteId: string,
  holder: HolderLevel,
) => {
  await send(store, {
    type: 'PlaceRequestOrder',
    data: { orderId, siteId, onBehalfOf: null, category: 'health', need: '', wantedAt: t0 },
    metadata: commandMetadata(t0, 'resident-1'),
  })
  const accepted = await send(store, {
    type: 'AcceptOrder',
    data: { orderId, holder },
    metadata: meta,
  })
  expect(accepted.ok).toBe(true)
}

const dispatch = (store: EventStore, orderId: string, teamId: string) =>
  send(store, { type: 'DispatchOrder', data: { orderId, teamId }, metadata: meta })

const escalate = (store: EventStore, orderId: string) =>
  send(store, { type: 'EscalateOrder', data: { orderId, reason: '本站无力承接' }, metadata: meta })

const refusal = (result: Awaited<ReturnType<typeof send>>) => (result.ok ? null : result.error)
const reachOf = (result: Awaited<ReturnType<typeof send>>) => {
  const event = result.ok ? result.events.find((e) => e.type === 'OrderDispatched') : undefined
  return event?.type === 'OrderDispatched' ? event.data.reach : refusal(result)
}

describe('escalation and the holder’s reach through the handlers (O8)', () => {
  it('holds a point’s order at its station, which escalates it to the station’s institute', async () => {
    const store = await network()
    await heldOrder(store, 'o-pt', 'pt-1', 'station')
    expect((await domain.readOrder(store, 'o-pt')).status === 'accepted').toBe(true)
    const order = await domain.readOrder(store, 'o-pt')
    expect(order.status !== 'none' && order.holder).toEqual({ level: 'station', siteId: 'st-1' })
    const up = await escalate(store, 'o-pt')
    expect(up.ok && up.events[0]).toMatchObject({
      type: 'OrderEscalated',
      data: {
        from: { level: 'station', siteId: 'st-1' },
        to: { level: 'institute', siteId: 'inst-1' },
      },
    })
    const centre = await escalate(store, 'o-pt')
    expect(centre.ok && centre.events[0]?.data).toMatchObject({
      to: { level: 'centre', siteId: 'centre' },
    })
    expect(refusal(await escalate(store, 'o-pt'))).toEqual({
      type: 'OrderHeldByCentre',
      orderId: 'o-pt',
    })
  })

  it('lets a station dispatch only to its own teams; its institute then reaches the pool', async () => {
    const store = await network()
    await heldOrder(store, 'o-1', 'st-1', 'station')
    expect(refusal(await dispatch(store, 'o-1', 'team-st-3'))).toEqual({
      type: 'TeamBeyondHolderReach',
      orderId: 'o-1',
      teamId: 'team-st-3',
      holder: 'station',
      reach: 'pooled',
    })
    expect((await escalate(store, 'o-1')).ok).toBe(true)
    expect(reachOf(await dispatch(store, 'o-1', 'team-st-3'))).toBe('pooled')
  })

  it('lets an institute reach a team of another of its stations, not of another institute', async () => {
    const store = await network()
    await heldOrder(store, 'o-2', 'st-2', 'institute')
    // team-st-1 is at st-1, a station of inst-1 like st-2; team-st-4 is under inst-2.
    expect(refusal(await dispatch(store, 'o-2', 'team-st-4'))).toMatchObject({
      type: 'TeamOutOfReach',
    })
    expect(reachOf(await dispatch(store, 'o-2', 'team-st-1'))).toBe('institute')
  })

  it('keeps the centre’s reach as O3 says: district-level teams, not another station’s', async () => {
    const store = await network()
    await heldOrder(store, 'o-3', 'st-2', 'centre')
    expect(refusal(await dispatch(store, 'o-3', 'team-st-1'))).toMatchObject({
      type: 'TeamOutOfReach',
    })
    expect(reachOf(await dispatch(store, 'o-3', 'team-district'))).toBe('district')
  })
})
