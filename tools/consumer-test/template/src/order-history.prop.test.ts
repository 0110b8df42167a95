import { createInMemoryEventStore } from '@wenming/event-store'
import {
  createWenmingDomain,
  orderStream,
  wenmingEventSchema,
  type OrderStatus,
} from '@wenming/domain'
import { orderHistoryArbitrary, orderHistoryReachingArbitrary } from '@wenming/domain/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const statuses: OrderStatus[] = [
  'placed',
  'accepted',
  'dispatched',
  'taken',
  'evaluated',
  'cancelled',
]

describe('order histories from @wenming/domain/testing', () => {
  it('are schema-valid events that the domain folds from a store', async () => {
    await fc.assert(
      fc.asyncProperty(orderHistoryArbitrary('o-1'), async (history) => {
        for (const event of history) expect(wenmingEventSchema.safeParse(event).success).toBe(true)
        const store = createInMemoryEventStore()
        if (history.length > 0) await store.appendToStream(orderStream('o-1'), history)
        const order = await createWenmingDomain().readOrder(store, 'o-1')
        expect(order.status === 'none').toBe(history.length === 0)
      }),
      { numRuns: 100 },
    )
  })

  it.each(statuses)('reach %s when the domain reads them back from a store', async (status) => {
    await fc.assert(
      fc.asyncProperty(orderHistoryReachingArbitrary(status, 'o-2'), async (history) => {
        const store = createInMemoryEventStore()
        await store.appendToStream(orderStream('o-2'), history)
        expect((await createWenmingDomain().readOrder(store, 'o-2')).status).toBe(status)
      }),
      { numRuns: 50 },
    )
  })
})
