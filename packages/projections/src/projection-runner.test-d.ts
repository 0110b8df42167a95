import {
  createInMemoryEventStore,
  createInMemoryProjectionStorage,
  type Projection,
} from '@wenming/event-store'
import { describe, expectTypeOf, it } from 'vitest'
import { foldSlot } from '@wenming/event-store'
import { createInMemoryReadModelStorage } from '@wenming/event-store'
import type { OrderBoardRows } from './order-board/order-board-rows.js'
import { orderBoard } from './order-board/order-board-projection.js'
import { openProjectionRunner } from '@wenming/event-store'
import type { ReadModel, RowChange } from '@wenming/event-store'
import { rowSlot } from '@wenming/event-store'

const counter: Projection<number> = {
  name: 'counter',
  initialState: () => 0,
  evolve: (count) => count + 1,
}

describe('openProjectionRunner types', () => {
  it('types each read model by its projection', async () => {
    const runner = await openProjectionRunner({
      store: createInMemoryEventStore(),
      slots: [
        rowSlot(orderBoard, createInMemoryReadModelStorage(orderBoard)),
        foldSlot(counter, createInMemoryProjectionStorage<number>()),
      ],
    })
    expectTypeOf(runner.readModel(orderBoard)).toEqualTypeOf<ReadModel<OrderBoardRows>>()
    expectTypeOf(runner.readModel(counter)).toEqualTypeOf<number>()
  })

  it('accepts only rows of the named table in a change', () => {
    expectTypeOf<RowChange<OrderBoardRows>>().toMatchTypeOf<{ table: 'orders' | 'siteClusters' }>()
    const siteRow = { siteId: 's', clusterId: 'k' }
    // @ts-expect-error a site-cluster row is not an order row
    const wrong: RowChange<OrderBoardRows> = { table: 'orders', key: 's', row: siteRow }
    void wrong
  })
})
