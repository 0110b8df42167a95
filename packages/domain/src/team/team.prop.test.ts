import { createInMemoryEventStore, type EventStore } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { OrderCommand } from '../order/commands.js'
import { teamStream } from '../shared/stream-names.js'
import { runNetworkCommands } from '../testing/handle-network-command.js'
import { networkSetup } from '../testing/network.js'
import { networkRuleViolations } from '../testing/network-rules.js'
import { commandMetadata } from '../testing/scalar-arbitraries.js'
import { scheduledStore } from '../testing/scheduled-store.js'
import { createWenmingDomain } from '../create-wenming-domain.js'

const domain = createWenmingDomain()

const at = '2026-02-01T08:00:00.000Z'

/** The network, a team of capacity `capacity` at the centre, and `orders` accepted orders there. */
const prepare = async (capacity: number, orders: number): Promise<EventStore> => {
  const store = createInMemoryEventStore()
  await runNetworkCommands(store, networkSetup(), 'setup')
  const commands: OrderCommand[] = []
  for (let i = 0; i < orders; i++) {
    const orderId = `race-${i}`
    commands.push(
      {
        type: 'PlaceRequestOrder',
        data: {
          orderId,
          siteId: 'centre',
          onBehalfOf: null,
          category: 'health',
          need: '',
          wantedAt: at,
        },
        metadata: commandMetadata(at, 'resident-1'),
      },
      { type: 'AcceptOrder', data: { orderId }, metadata: commandMetadata(at) },
    )
  }
  await runNetworkCommands(
    store,
    [
      {
        type: 'ChangeTeamCapacity',
        data: { teamId: 'team-district', capacity },
        metadata: commandMetadata(at),
      },
      ...commands,
    ],
    'prepare',
  )
  return store
}

const dispatch = (orderId: string): OrderCommand => ({
  type: 'DispatchOrder',
  data: { orderId, teamId: 'team-district' },
  metadata: commandMetadata(at),
})

/** The most reservations the team ever held, replaying its stream. */
const peakReservations = async (store: EventStore): Promise<{ peak: number; held: number }> => {
  let held = 0
  let peak = 0
  for await (const event of store.readStream(teamStream('team-district'))) {
    if (event.type === 'TeamCapacityReserved') peak = Math.max(peak, ++held)
    if (event.type === 'TeamCapacityReleased') held--
  }
  return { peak, held }
}

describe('team capacity under concurrent dispatches (T1)', () => {
  it('leaves exactly min(k, n) reservations, never more than k, whatever the interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 6 }),
        async (s, capacity, orders) => {
          const store = await prepare(capacity, orders)
          const racing = scheduledStore(s, store)
          const runs = Array.from({ length: orders }, (_, i) =>
            domain.handleOrderCommand(racing, dispatch(`race-${i}`), {
              commandId: `dispatch-${i}`,
            }),
          )
          const results = await s.waitFor(Promise.all(runs))
          const { peak, held } = await peakReservations(store)
          expect(peak).toBeLessThanOrEqual(capacity)
          expect(held).toBe(Math.min(capacity, orders))
          expect(results.filter((r) => r.ok)).toHaveLength(Math.min(capacity, orders))
          expect(await networkRuleViolations(store)).toEqual([])
        },
      ),
      { numRuns: 60 },
    )
  }, 30_000)

  it('matches every reservation to a dispatched order or releases it when cancellations race dispatches', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.nat({ max: 4 }), { maxLength: 3 }),
        async (s, capacity, orders, cancelled) => {
          const store = await prepare(capacity, orders)
          const racing = scheduledStore(s, store)
          const runs = [
            ...Array.from({ length: orders }, (_, i) =>
              domain.handleOrderCommand(racing, dispatch(`race-${i}`), {
                commandId: `dispatch-${i}`,
              }),
            ),
            ...cancelled.map((i, n) =>
              domain.handleOrderCommand(
                racing,
                {
                  type: 'CancelOrder',
                  data: { orderId: `race-${i % orders}`, reason: '' },
                  metadata: commandMetadata(at, 'resident-1'),
                },
                { commandId: `cancel-${n}` },
              ),
            ),
          ]
          await s.waitFor(Promise.all(runs))
          const { peak } = await peakReservations(store)
          expect(peak).toBeLessThanOrEqual(capacity)
          expect(await networkRuleViolations(store)).toEqual([])
        },
      ),
      { numRuns: 60 },
    )
  }, 30_000)
})
