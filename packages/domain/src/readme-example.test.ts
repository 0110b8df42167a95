import { createInMemoryEventStore } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import {
  catalogueEntrySchema,
  createWenmingDomain,
  orderCommandSchema,
  orderStream,
  type OrderCommand,
} from './index.js'

describe('README example', () => {
  it('registers a site and a team, then places, dispatches, takes, completes and evaluates an order', async () => {
    const store = createInMemoryEventStore()
    // One domain object per app: it owns the stream state caches (size them, or turn them off).
    const domain = createWenmingDomain({ stateCache: { maxStreams: 10_000 } })
    const meta = (now: string, id = 'admin-1') => ({ now, actor: { id } })

    await domain.handleSiteCommand(
      store,
      {
        type: 'RegisterSite',
        data: {
          siteId: 'centre',
          parentId: null,
          level: 'center',
          name: '区新时代文明实践中心',
          kind: '中心',
          coordinates: { latitude: 31.23, longitude: 121.47 },
        },
        metadata: meta('2026-03-01T08:00:00.000Z'),
      },
      { commandId: 'c-1' },
    )
    // The centre's 服务菜单 (S1): teams serve its entries, residents order them.
    await domain.handleCatalogueCommand(
      store,
      {
        type: 'PublishCatalogueEntry',
        data: {
          districtId: 'centre',
          entry: catalogueEntrySchema.parse({
            code: 'health',
            name: '健康义诊',
            platform: 'health',
          }),
        },
        metadata: meta('2026-03-01T08:02:00.000Z'),
      },
      { commandId: 'c-menu' },
    )
    const team = await domain.handleTeamCommand(
      store,
      {
        type: 'RegisterTeam',
        data: {
          teamId: 'health-1',
          name: '健康义诊队',
          homeSiteId: 'centre',
          organizationId: 'org-1',
          platform: 'health-and-sport',
          categories: ['health'],
          capacity: 2,
          leader: { volunteerId: 'v-1', displayName: '王医生' },
        },
        metadata: meta('2026-03-01T08:05:00.000Z'),
      },
      { commandId: 'c-2' },
    )
    expect(team.ok).toBe(true)

    // Commands from outside are parsed, never trusted: the schema fills defaults and checks fields.
    const place = orderCommandSchema.parse({
      type: 'PlaceRequestOrder',
      data: {
        orderId: 'o-1',
        siteId: 'centre',
        category: 'health',
        need: '老人测血压',
        wantedAt: '2026-03-05T09:00:00.000Z',
      },
      metadata: meta('2026-03-02T10:00:00.000Z', 'resident-7'),
    })
    const steps: OrderCommand[] = [
      place,
      { type: 'AcceptOrder', data: { orderId: 'o-1' }, metadata: meta('2026-03-02T11:00:00.000Z') },
      {
        type: 'DispatchOrder',
        data: { orderId: 'o-1', teamId: 'health-1' },
        metadata: meta('2026-03-02T11:30:00.000Z'),
      },
      {
        type: 'TakeOrder',
        data: { orderId: 'o-1', teamId: 'health-1' },
        metadata: meta('2026-03-02T12:00:00.000Z', 'v-1'),
      },
      {
        type: 'CompleteOrder',
        data: {
          orderId: 'o-1',
          teamId: 'health-1',
          report: {
            date: '2026-03-05',
            volunteerIds: ['v-1'],
            hours: 3,
            audience: 40,
            notes: '',
          },
        },
        metadata: meta('2026-03-05T12:00:00.000Z', 'v-1'),
      },
      {
        type: 'EvaluateOrder',
        data: { orderId: 'o-1', rating: 5, comment: '很好' },
        metadata: meta('2026-03-06T09:00:00.000Z', 'resident-7'),
      },
    ]
    const results = []
    for (const [index, step] of steps.entries()) {
      results.push(
        await domain.handleOrderCommand(store, step, { commandId: `order-step-${index}` }),
      )
    }

    expect(results.map((result) => result.ok)).toEqual([true, true, true, true, true, true])
    const dispatched = results[2]
    expect(dispatched?.ok && dispatched.events.map((event) => event.type)).toEqual([
      'TeamCapacityReserved',
      'OrderDispatched',
    ])
    const order = await domain.readOrder(store, 'o-1')
    expect(order.status).toBe('evaluated')
    const stored = []
    for await (const event of store.readStream(orderStream('o-1'))) stored.push(event)
    expect(stored.every((event) => event.metadata?.['schemaVersion'] === 1)).toBe(true)
  })
})
