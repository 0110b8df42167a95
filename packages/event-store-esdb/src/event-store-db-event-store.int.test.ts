import { randomUUID } from 'node:crypto'
import {
  createInMemoryProjectionStorage,
  foldSlot,
  openProjectionRunner,
  type Projection,
} from '@wenming/event-store'
import { eventStoreContract } from '@wenming/event-store/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createEventStoreDbEventStore,
  type EventStoreDbEventStore,
} from './create-event-store-db-event-store.js'
import { eventStoreDbEventSource } from './esdb-event-source.js'

// Runs against a real EventStoreDB when EVENTSTORE_CONNECTION_STRING is set, for example
// `EVENTSTORE_CONNECTION_STRING='esdb://localhost:2113?tls=false' npx nx test @wenming/event-store-esdb`
// after starting the server as README.md shows. Stream names and event types are unique per test,
// so a shared server works.
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING
const create = (): EventStoreDbEventStore =>
  createEventStoreDbEventStore({ connectionString: connectionString ?? '', timeoutMs: 10_000 })

if (connectionString === undefined || connectionString === '') {
  console.info(
    '[event-store-esdb] EventStoreDB integration tests SKIPPED: EVENTSTORE_CONNECTION_STRING is ' +
      "not set (e.g. EVENTSTORE_CONNECTION_STRING='esdb://localhost:2113?tls=false').",
  )
  describe.skip('EventStoreDB integration (skipped: EVENTSTORE_CONNECTION_STRING is not set)', () => {
    it('runs the shared event store contract against a real EventStoreDB', () => undefined)
    it('catches a projection up over $all and resumes from its checkpoint', () => undefined)
  })
} else {
  eventStoreContract('EventStoreDB', { create })

  describe('EventStoreDB adapter on a real server', () => {
    let store: EventStoreDbEventStore
    beforeAll(() => {
      store = create()
    })
    afterAll(async () => {
      await store.close()
    })

    it('carries command, principal, correlation and causation ids in EventStoreDB metadata', async () => {
      const stream = `meta${randomUUID().replaceAll('-', '')}-1`
      const metadata = {
        commandId: 'c-1',
        principal: { id: 'ann', role: 'resident' },
        correlationId: 'corr-1',
        causationId: 'cause-1',
      }
      await store.appendToStream(stream, [{ type: 'Placed', data: {}, metadata }])
      const events = []
      for await (const event of store.readStream(stream)) events.push(event)
      expect(events[0]?.metadata).toEqual(metadata)
    })

    it('catches a projection up over $all and resumes from its checkpoint', async () => {
      const suffix = randomUUID().replaceAll('-', '')
      const types = [`Counted${suffix}`, `Other${suffix}`]
      const projection: Projection<number> = {
        name: 'count',
        initialState: () => 0,
        evolve: (n) => n + 1,
        eventTypes: [types[0]!],
      }
      const storage = createInMemoryProjectionStorage<number>()
      const source = eventStoreDbEventSource(store)
      const open = () =>
        openProjectionRunner({
          store,
          source,
          slots: [foldSlot(projection, storage)],
          batchSize: 3,
        })
      const append = async (from: number, to: number) => {
        let last = 0
        for (let i = from; i < to; i++) {
          const result = await store.appendToStream(`sub${suffix}-${i % 2}`, [
            { type: types[i % 2]!, data: { i } },
            { type: types[0]!, data: { i } },
          ])
          last = result.position
        }
        return last
      }
      await append(0, 3)
      await (await open()).catchUp()
      const last = await append(3, 6)
      const resumed = await open()
      await resumed.catchUp()
      expect(resumed.readModel(projection)).toBe(9)
      expect(storage.current()?.checkpoint).toBe(last)
    })
  })
}
