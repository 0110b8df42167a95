import type { LeanEvent, RowProjection } from '@wenming/event-store'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPostgresEventStore, type PostgresEventStore } from './postgres-event-store.js'
import { postgresReadSide } from './postgres-read-side.js'
import { useTestDatabase } from './test-support/test-database.js'

type Rows = { streams: { count: number; last: string }; types: { seen: number } }

/** Per stream: how many events and the last type; per type: how many (deleted at 3). */
const tally = (name: string): RowProjection<Rows> => ({
  name,
  tables: ['streams', 'types'],
  leanEvents: true,
  changes: (readModel, event: LeanEvent) => {
    const { stream } = event.data as { stream: string }
    const count = (readModel.streams.get(stream)?.count ?? 0) + 1
    const seen = (readModel.types.get(event.type)?.seen ?? 0) + 1
    return [
      { table: 'streams', key: stream, row: { count, last: event.type } },
      { table: 'types', key: event.type, row: seen >= 3 ? undefined : { seen } },
    ]
  },
})

const url = useTestDatabase()

describe('the PostgreSQL read side', () => {
  let store: PostgresEventStore
  let sql: pg.Pool
  beforeAll(() => {
    store = createPostgresEventStore({ connectionString: url(), maxConnections: 4 })
    sql = new pg.Pool({ connectionString: url(), max: 3 })
    // DROP DATABASE … WITH (FORCE) ends a connection still closing: its last error is no failure.
    sql.on('error', () => {})
  })
  afterAll(async () => {
    await sql.end()
    await store.close()
  })
  const countOn = async (client: Pick<pg.PoolClient, 'query'>, table: string): Promise<number> =>
    Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n)
  const count = (table: string): Promise<number> => countOn(sql, table)

  it('reads windows of the log, filtered by type in SQL, whole or lean', async () => {
    const readSide = postgresReadSide(store)
    const start = await readSide.source.lastPosition()
    for (let i = 0; i < 5; i++) {
      await store.appendToStream(`w-${i}`, [
        { type: 'WindowA', data: { stream: `w-${i}` } },
        { type: 'WindowB', data: { stream: `w-${i}` } },
      ])
    }
    const first = await readSide.source.read(start, 4, undefined)
    expect(first.events.map((e) => e.type)).toEqual(['WindowA', 'WindowB', 'WindowA', 'WindowB'])
    expect(first).toMatchObject({ position: start + 4, end: false })
    expect(first.events[0]).toMatchObject({ streamName: 'w-0', revision: 0 })
    const onlyB = await readSide.source.read(start, 100, new Set(['WindowB']))
    expect(onlyB.events.map((e) => e.position)).toEqual([2, 4, 6, 8, 10].map((p) => start + p))
    expect(onlyB).toMatchObject({ position: start + 10, end: true })
    const lean = await readSide.source.readLean(start + 8, 10, undefined)
    expect(lean.events).toEqual([
      { position: start + 9, type: 'WindowA', data: { stream: 'w-4' } },
      { position: start + 10, type: 'WindowB', data: { stream: 'w-4' } },
    ])
  })

  it('commits rows and the checkpoint together, and a failed commit leaves neither', async () => {
    const readSide = postgresReadSide(store)
    const storage = readSide.storageFor(tally('commit-test'))
    expect(await storage.load()).toBeUndefined()
    await storage.commit(
      [
        { table: 'streams', key: 'a', row: { count: 1, last: 'X' } },
        { table: 'types', key: 'X', row: { seen: 1 } },
        { table: 'types', key: 'X', row: undefined },
        { table: 'types', key: 'Y', row: { seen: 2 } },
      ],
      7,
    )
    const loaded = await storage.load()
    expect(loaded?.checkpoint).toBe(7)
    expect([...loaded!.readModel.streams]).toEqual([['a', { count: 1, last: 'X' }]])
    expect([...loaded!.readModel.types]).toEqual([['Y', { seen: 2 }]])
    const broken = [
      { table: 'streams', key: 'b', row: { count: 9, last: 'Z' } },
      { table: 'missing', key: 'k', row: {} },
    ] as never
    await expect(storage.commit(broken, 8)).rejects.toThrow()
    const after = await storage.load()
    expect(after?.checkpoint).toBe(7)
    expect(after!.readModel.streams.has('b')).toBe(false)
  })

  it('rebuilds into fresh tables while the old ones serve, and swaps them in one transaction', async () => {
    const readSide = postgresReadSide(store)
    const storage = readSide.storageFor(tally('rebuild-test'))
    await storage.commit([{ table: 'streams', key: 'old', row: { count: 1, last: 'A' } }], 3)
    const rebuilt = {
      streams: new Map(
        Array.from({ length: 12_000 }, (_, i) => [`s${i}`, { count: i, last: 'B' }] as const),
      ),
      types: new Map([['B', { seen: 1 }]]),
    }
    // A reader holding the live table open: the swap waits for it, the build does not.
    const reader = await sql.connect()
    await reader.query('BEGIN')
    expect(await countOn(reader, 'rm_rebuild_test_streams')).toBe(1)
    const swapping = storage.replace({ readModel: rebuilt, checkpoint: 42 })
    for (;;) {
      const next = await sql.query(
        "SELECT 1 FROM pg_tables WHERE tablename = 'rmnext_rebuild_test_streams'",
      )
      if (next.rows.length > 0 && (await count('rmnext_rebuild_test_streams')) === 12_000) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(await countOn(reader, 'rm_rebuild_test_streams')).toBe(1)
    // (Another reader arriving now would queue behind the swap's DROP, which waits for this one.)
    await reader.query('COMMIT')
    reader.release()
    await swapping
    expect(await count('rm_rebuild_test_streams')).toBe(12_000)
    const leftovers = await sql.query(
      "SELECT tablename FROM pg_tables WHERE tablename LIKE 'rmnext_rebuild_test%'",
    )
    expect(leftovers.rows).toEqual([])
    const loaded = await storage.load()
    expect(loaded?.checkpoint).toBe(42)
    expect(loaded!.readModel.streams.get('s11999')).toEqual({ count: 11_999, last: 'B' })
    expect(loaded!.readModel.streams.has('old')).toBe(false)
  })

  it('gives a catch-up in small windows the read model of a fold over readAll', async () => {
    const projection = tally('catch-up-test')
    const readSide = postgresReadSide(store)
    const storage = readSide.storageFor(projection)
    for (let i = 0; i < 30; i++) {
      await store.appendToStream(`c-${i % 4}`, [
        { type: `T${i % 5}`, data: { stream: `c-${i % 4}` } },
      ])
    }
    let stored = await storage.load()
    let readModel = stored?.readModel ?? { streams: new Map(), types: new Map() }
    for (let checkpoint = stored?.checkpoint ?? 0; ;) {
      const batch = await readSide.source.readLean(checkpoint, 3, undefined)
      const changes = batch.events.flatMap((event) => {
        const next = projection.changes(readModel, event as never)
        const copy = { streams: new Map(readModel.streams), types: new Map(readModel.types) }
        for (const c of next) {
          const table = copy[c.table] as Map<string, unknown>
          if (c.row === undefined) table.delete(c.key)
          else table.set(c.key, c.row)
        }
        readModel = copy
        return next
      })
      await storage.commit(changes, batch.position)
      checkpoint = batch.position
      if (batch.end) break
    }
    stored = await storage.load()
    const folded = { streams: new Map(), types: new Map() } as typeof readModel
    for await (const event of store.readAll()) {
      for (const c of projection.changes(folded, event)) {
        const table = folded[c.table] as Map<string, unknown>
        if (c.row === undefined) table.delete(c.key)
        else table.set(c.key, c.row)
      }
    }
    expect(stored!.readModel).toEqual(folded)
    expect(stored!.checkpoint).toBe(await readSide.source.lastPosition())
  })

  it('saves a fold with its checkpoint', async () => {
    const storage = postgresReadSide(store).foldStorageFor<{ n: number }>({
      name: 'fold-test',
      initialState: () => ({ n: 0 }),
      evolve: (s) => ({ n: s.n + 1 }),
    })
    expect(await storage.load()).toBeUndefined()
    await storage.save({ readModel: { n: 5 }, checkpoint: 9 })
    expect(await storage.load()).toEqual({ readModel: { n: 5 }, checkpoint: 9 })
  })

  it('wakes a listener when another process commits an append (LISTEN/NOTIFY)', async () => {
    const readSide = postgresReadSide(store)
    const heard: number[] = []
    const woken = new Promise<void>((resolve) => {
      const stop = readSide.onAppended((position) => {
        heard.push(position)
        stop()
        resolve()
      })
    })
    // The LISTEN connection opens on the first subscription.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const other = createPostgresEventStore({ connectionString: url(), maxConnections: 1 })
    const { position } = await other.appendToStream('notify', [{ type: 'N', data: {} }])
    await other.close()
    await woken
    expect(heard).toEqual([position])
  })

  it('keeps a district to its own rows, checkpoints and tables', async () => {
    const east = store.inDistrict('east')
    const west = store.inDistrict('west')
    await east.appendToStream('order-1', [{ type: 'Placed', data: { stream: 'order-1' } }])
    await west.appendToStream('order-1', [{ type: 'Placed', data: { stream: 'order-1' } }])
    await west.appendToStream('order-2', [{ type: 'Placed', data: { stream: 'order-2' } }])
    const westSide = postgresReadSide(west)
    const batch = await westSide.source.read(0, 1000, undefined)
    expect(batch.events.map((e) => e.streamName)).toEqual(['order-1', 'order-2'])
    const eastAll: string[] = []
    for await (const e of east.readAll()) eastAll.push(e.streamName)
    expect(eastAll).toEqual(['order-1'])
    await westSide.storageFor(tally('district-test')).commit([], batch.position)
    expect(await count('rm_d_west_district_test_streams')).toBe(0)
    expect(await postgresReadSide(east).storageFor(tally('district-test')).load()).toBeUndefined()
  })

  it("reads a district's windows as so many of its events, however sparse they are in the log", async () => {
    const north = store.inDistrict('north')
    const south = store.inDistrict('south')
    // North writes 1 event in 10: a window of 4 positions would hold one of them at most.
    for (let i = 0; i < 30; i++) {
      const district = i % 10 === 0 ? north : south
      await district.appendToStream(`s-${i}`, [{ type: 'Placed', data: { stream: `s-${i}` } }])
    }
    const source = postgresReadSide(north).source
    const first = await source.read(0, 2, undefined)
    expect(first.events.map((e) => e.streamName)).toEqual(['s-0', 's-10'])
    expect(first.position).toBe(first.events[1]!.position)
    expect(first.end).toBe(false)
    const rest = await source.read(first.position, 2, undefined)
    expect(rest.events.map((e) => e.streamName)).toEqual(['s-20'])
    expect(rest.end).toBe(true)
  })
})
