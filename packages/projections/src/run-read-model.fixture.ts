import {
  createInMemoryEventStore,
  createInMemoryReadModelStorage,
  openProjectionRunner,
  rowSlot,
  type ReadModel,
  type RowProjection,
  type TableRows,
} from '@wenming/event-store'
import type { WenmingEvent } from '@wenming/domain'
import { appendEvents } from './domain-events.fixture.js'

/** One row projection caught up on `events` in a runner, in small batches. */
export const runReadModel = async <Rows extends TableRows>(
  projection: RowProjection<Rows>,
  events: readonly WenmingEvent[],
): Promise<ReadModel<Rows>> => {
  const store = createInMemoryEventStore()
  await appendEvents(store, events)
  const runner = await openProjectionRunner({
    store,
    slots: [rowSlot(projection, createInMemoryReadModelStorage(projection))],
    batchSize: 5,
  })
  await runner.catchUp()
  return runner.readModel(projection)
}
