import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RecordedEvent } from '@wenming/event-store'
import { createSqliteEventStore, type SqliteEventStore } from '@wenming/event-store-sqlite'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { clusterPool } from './cluster-pool/cluster-pool-projection.js'
import { crashingAfter, survivingCrash } from '@wenming/event-store/testing'
import { dispatchCandidates } from './dispatch-candidates/dispatch-candidates-projection.js'
import { appendEvents, districtScenario } from './domain-events.fixture.js'
import { orderBoard } from './order-board/order-board-projection.js'
import { openProjectionRunner } from '@wenming/event-store'
import type { RowProjection } from '@wenming/event-store'
import { rowSlot } from '@wenming/event-store'
import { sqliteEventSource } from './sqlite-event-source.js'
import { createSqliteReadModelStorage } from './sqlite-read-model-storage.js'
import { teamWorkload } from './team-workload/team-workload-projection.js'
import { toFoldProjection } from '@wenming/event-store'
import { wenmingEventsArbitrary } from './wenming-event.fixture.js'

const projections = [
  orderBoard,
  teamWorkload,
  clusterPool,
  dispatchCandidates,
] as unknown as RowProjection<Record<string, unknown>>[]
const directory = mkdtempSync(join(tmpdir(), 'wenming-projections-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const slotsOn = (store: SqliteEventStore) =>
  projections.map((p) => rowSlot(p, createSqliteReadModelStorage(store, p)))

const foldAll = async (store: SqliteEventStore) => {
  const recorded: RecordedEvent[] = []
  for await (const event of store.readAll()) recorded.push(event)
  return projections.map((p) => {
    const fold = toFoldProjection(p)
    const handled = new Set(p.eventTypes)
    return recorded.filter((e) => handled.has(e.type)).reduce(fold.evolve, fold.initialState())
  })
}

const rowCount = (store: SqliteEventStore, table: string): number =>
  store.database.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number

describe('SQLite read-model storage', () => {
  it('reloads the read models and checkpoints committed before the database was closed', async () => {
    const path = join(directory, 'reopen.db')
    const first = createSqliteEventStore({ path, durability: 'normal' })
    await appendEvents(first, districtScenario)
    const runner = await openProjectionRunner({ store: first, slots: slotsOn(first), batchSize: 5 })
    await runner.catchUp()
    const served = projections.map((p) => runner.readModel(p))
    await first.close()

    const second = createSqliteEventStore({ path, durability: 'normal' })
    const reopened = await openProjectionRunner({ store: second, slots: slotsOn(second) })
    expect(projections.map((p) => reopened.readModel(p))).toEqual(served)
    expect((await reopened.status()).map((s) => s.behind)).toEqual([0, 0, 0, 0])
    expect(await reopened.catchUp()).toEqual({ position: districtScenario.length, eventsRead: 0 })
    await second.close()
  })

  it('resumes after a crash in the middle of a batch without applying an event twice', async () => {
    const store = createSqliteEventStore({
      path: join(directory, 'crash.db'),
      durability: 'normal',
    })
    await appendEvents(store, districtScenario)
    const crashing = await openProjectionRunner({
      store: crashingAfter(store, 13),
      slots: slotsOn(store),
      batchSize: 5,
    })
    await crashing.catchUp().catch(survivingCrash)
    const restarted = await openProjectionRunner({ store, slots: slotsOn(store), batchSize: 5 })
    expect((await restarted.status()).map((s) => s.checkpoint)).toEqual([10, 10, 10, 10])
    await restarted.catchUp()
    expect(projections.map((p) => restarted.readModel(p))).toEqual(await foldAll(store))
    await store.close()
  })

  it('keeps the old tables serving during a rebuild and renames the new ones over them', async () => {
    const store = createSqliteEventStore({
      path: join(directory, 'rebuild.db'),
      durability: 'normal',
    })
    await appendEvents(store, districtScenario)
    const runner = await openProjectionRunner({ store, slots: slotsOn(store), rebuildBatchSize: 4 })
    await runner.catchUp({ untilPosition: 12 })
    const liveDuring: number[] = []
    await runner.rebuild({
      names: ['order-board'],
      onProgress: () => liveDuring.push(rowCount(store, 'rm_order_board_orders')),
    })
    expect(new Set(liveDuring)).toEqual(new Set([1]))
    expect(rowCount(store, 'rm_order_board_orders')).toBe(3)
    const leftovers = store.database
      .prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'rmnext_%'`)
      .pluck()
      .all()
    expect(leftovers).toEqual([])
    const reopened = await openProjectionRunner({ store, slots: slotsOn(store) })
    expect((await reopened.status()).map((s) => s.checkpoint)).toEqual([
      districtScenario.length,
      12,
      12,
      12,
    ])
    expect(reopened.readModel(orderBoard)).toEqual((await foldAll(store))[0])
    await store.close()
  })

  it('gives the read models of a fold from zero for any history, chunks, crashes and restarts', async () => {
    const step = fc.record({
      append: wenmingEventsArbitrary(12),
      batchSize: fc.integer({ min: 1, max: 8 }),
      crashAfter: fc.option(fc.nat({ max: 20 }), { nil: undefined }),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 5 }), async (steps) => {
        const store = createSqliteEventStore({ path: ':memory:' })
        for (const { append, batchSize, crashAfter } of steps) {
          await appendEvents(store, append)
          const runner = await openProjectionRunner({
            store: crashAfter === undefined ? store : crashingAfter(store, crashAfter),
            slots: slotsOn(store),
            batchSize,
          })
          await runner.catchUp().catch(survivingCrash)
        }
        const runner = await openProjectionRunner({ store, slots: slotsOn(store) })
        await runner.catchUp()
        const expected = await foldAll(store)
        expect(projections.map((p) => runner.readModel(p))).toEqual(expected)
        const reloaded = await openProjectionRunner({ store, slots: slotsOn(store) })
        await reloaded.rebuild()
        expect(projections.map((p) => reloaded.readModel(p))).toEqual(expected)
        await store.close()
      }),
      { numRuns: 25 },
    )
  }, 60_000)
})

describe('sqliteEventSource', () => {
  it('reads what readAll reads, filtered by type, in windows of positions', async () => {
    const store = createSqliteEventStore({ path: ':memory:' })
    await appendEvents(store, districtScenario)
    const all: RecordedEvent[] = []
    for await (const event of store.readAll()) all.push(event)
    const source = sqliteEventSource(store)
    const types = new Set(['OrderTaken', 'ClusterFormed'])
    const read: RecordedEvent[] = []
    let position = 0
    for (;;) {
      const batch = await source.read(position, 7, types)
      read.push(...batch.events)
      expect(batch.position).toBe(Math.min(position + 7, all.length))
      position = batch.position
      if (batch.end) break
    }
    expect(read).toEqual(all.filter((event) => types.has(event.type)))
    expect(await source.lastPosition?.()).toBe(all.length)
    const whole = await sqliteEventSource(store).read(0, 100, undefined)
    expect(whole.events).toEqual(all)
    const lean = await sqliteEventSource(store).readLean(0, 100, types)
    expect(lean.events).toEqual(
      all
        .filter((event) => types.has(event.type))
        .map(({ type, data, position }) => ({ type, data, position })),
    )
    await store.close()
  })

  it('drives the runner to the same read models as readAll does', async () => {
    const store = createSqliteEventStore({ path: ':memory:' })
    await appendEvents(store, districtScenario)
    const runner = await openProjectionRunner({
      store,
      slots: slotsOn(store),
      source: sqliteEventSource(store),
      batchSize: 6,
    })
    await runner.catchUp()
    expect(projections.map((p) => runner.readModel(p))).toEqual(await foldAll(store))
    expect((await runner.status()).map((s) => s.behind)).toEqual([0, 0, 0, 0])
    await store.close()
  })
})
