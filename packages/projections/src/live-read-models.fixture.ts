import { createInMemoryEventStore } from '@wenming/event-store'
import type { WenmingEvent } from '@wenming/domain'
import { clusterPool } from './cluster-pool/cluster-pool-projection.js'
import { dispatchCandidates } from './dispatch-candidates/dispatch-candidates-projection.js'
import { appendEvents } from './domain-events.fixture.js'
import { createInMemoryReadModelStorage } from '@wenming/event-store'
import { orderBoard } from './order-board/order-board-projection.js'
import { openProjectionRunner } from '@wenming/event-store'
import { rowSlot } from '@wenming/event-store'
import { teamWorkload } from './team-workload/team-workload-projection.js'

/** The four live read models caught up, in one runner, on `events`. */
export const runLiveReadModels = async (events: readonly WenmingEvent[]) => {
  const store = createInMemoryEventStore()
  await appendEvents(store, events)
  const runner = await openProjectionRunner({
    store,
    slots: [orderBoard, teamWorkload, clusterPool, dispatchCandidates].map((projection) =>
      rowSlot(projection as never, createInMemoryReadModelStorage(projection as never)),
    ),
    batchSize: 7,
  })
  await runner.catchUp()
  return runner
}
