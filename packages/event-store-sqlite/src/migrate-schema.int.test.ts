import BetterSqlite3, { type Database } from 'better-sqlite3'
import type { RecordedEvent } from '@wenming/event-store'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { databaseOf } from './sqlite-database-of.js'
import { asciiJson, encodeEvent } from './event-json.js'
import { createEventWindowReader } from './event-window-reader.js'
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './schema.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()

const collect = async (events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = []
  for await (const event of events) all.push(event)
  return all
}

/** A file as version 1 of the schema wrote it: a column per field, NULL for no data/metadata. */
const writeVersion1File = (path: string): void => {
  const database = new BetterSqlite3(path)
  MIGRATIONS[0]!(database)
  database.pragma(`application_id = ${APPLICATION_ID}`)
  database.pragma('user_version = 1')
  const insert = database.prepare(
    'INSERT INTO events (stream_name, revision, id, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  insert.run(
    'order-1',
    0,
    'id-1',
    'Placed',
    '{"orderId":"1","tags":["a"]}',
    '{"commandId":"c1"}',
    1_000,
  )
  insert.run('order-1', 1, 'id-2', 'Nothing', null, null, 2_000)
  insert.run('team-"x"', 0, 'id-3', 'Null', 'null', '{"n":1.5}', 3_000)
  database.prepare('INSERT INTO projection_checkpoints VALUES (?, ?)').run('board', 2)
  database.close()
}

describe('migrating a version 1 file', () => {
  it('keeps every event as it was, and the checkpoints, and appends after them', async () => {
    const path = file('v1.db')
    writeVersion1File(path)
    const store = createSqliteEventStore({ path })
    expect(databaseOf(store).pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    const all = await collect(store.readAll())
    expect(all).toEqual([
      {
        type: 'Placed',
        data: { orderId: '1', tags: ['a'] },
        metadata: { commandId: 'c1' },
        id: 'id-1',
        streamName: 'order-1',
        revision: 0,
        position: 1,
        recordedAt: new Date(1_000),
      },
      {
        type: 'Nothing',
        data: undefined,
        metadata: {},
        id: 'id-2',
        streamName: 'order-1',
        revision: 1,
        position: 2,
        recordedAt: new Date(2_000),
      },
      {
        type: 'Null',
        data: null,
        metadata: { n: 1.5 },
        id: 'id-3',
        streamName: 'team-"x"',
        revision: 0,
        position: 3,
        recordedAt: new Date(3_000),
      },
    ])
    expect('data' in all[1]! && all[1].data === undefined).toBe(true)
    expect(await collect(store.readStream('order-1'))).toEqual(all.slice(0, 2))
    const checkpoint = databaseOf(store)
      .prepare('SELECT position FROM projection_checkpoints WHERE name = ?')
      .pluck()
      .get('board')
    expect(checkpoint).toBe(2)
    // The idempotency check still finds a migrated event by its id.
    expect(
      await store.appendToStream('order-1', [{ type: 'Placed', data: {}, id: 'id-1' }]),
    ).toEqual({ nextExpectedRevision: 0, position: 1 })
    expect(await store.appendToStream('order-1', [{ type: 'Next', data: 1 }])).toEqual({
      nextExpectedRevision: 2,
      position: 4,
    })
    await store.close()
  })
})

/** An event as version 2 wrote it: the whole array, data last and left out when undefined. */
type Version2Event = Omit<RecordedEvent, 'recordedAt' | 'metadata'> & {
  recordedAt: number
  metadata: Record<string, unknown>
}

/** Version 2's `event` text: the whole array in ASCII, as its `encodeEvent` wrote it. */
const version2Text = (e: Version2Event): string =>
  asciiJson(
    e.data === undefined
      ? [e.position, e.streamName, e.revision, e.id, e.type, e.recordedAt, e.metadata]
      : [e.position, e.streamName, e.revision, e.id, e.type, e.recordedAt, e.metadata, e.data],
  )

/** Brings a new database to version 2 by the shipped migrations, then writes `events` as 2 did. */
const writeVersion2 = (database: Database, events: readonly Version2Event[]): void => {
  MIGRATIONS[0]!(database)
  MIGRATIONS[1]!(database)
  database.pragma(`application_id = ${APPLICATION_ID}`)
  database.pragma('user_version = 2')
  const insert = database.prepare(
    'INSERT INTO events (position, stream_name, revision, id, type, event) VALUES (?, ?, ?, ?, ?, ?)',
  )
  for (const e of events) {
    insert.run(e.position, e.streamName, e.revision, e.id, e.type, version2Text(e))
  }
}

const version2Events: Version2Event[] = [
  {
    type: 'Placed',
    data: { orderId: '1', team: '队伍"甲"', note: 'a\\b\n😀' },
    metadata: { commandId: 'c1', by: '调度员' },
    id: 'id-1',
    streamName: 'order-1',
    revision: 0,
    position: 1,
    recordedAt: 1_000,
  },
  {
    type: 'Nothing',
    data: undefined,
    metadata: {},
    id: 'id-2',
    streamName: 'order-1',
    revision: 1,
    position: 2,
    recordedAt: 2_000,
  },
  {
    type: 'Text',
    data: '订单 "A-1" 已派 😀',
    metadata: {},
    id: 'id-3',
    streamName: 'team-"x"',
    revision: 0,
    position: 3,
    recordedAt: 3_000,
  },
  {
    type: 'Number',
    data: 1.5e300,
    metadata: { n: -0.25 },
    id: 'id-4',
    streamName: 'team-"x"',
    revision: 1,
    position: 4,
    recordedAt: 4_000,
  },
  {
    type: 'Null',
    data: null,
    metadata: {},
    id: 'id-5',
    streamName: 'team-"x"',
    revision: 2,
    position: 5,
    recordedAt: 5_000,
  },
  {
    type: 'List',
    data: [1, '二', { a: null }, []],
    metadata: {},
    id: 'id-6',
    streamName: 'order-1',
    revision: 2,
    position: 6,
    recordedAt: 6_000,
  },
]

/** A row's `head` and `data` joined again into one array, as version 2 kept the whole event. */
const VERSION_2_TEXT_SQL = `rtrim(head, ']') || ifnull(',' || data, '') || ']'`

const recorded = (e: Version2Event): RecordedEvent => ({ ...e, recordedAt: new Date(e.recordedAt) })

/** The columns version 3 writes for an event, as a new append would write them. */
const version3Columns = (e: Version2Event): [string, string | null] => {
  const { head, data } = encodeEvent(
    e.position,
    e.streamName,
    e.revision,
    e.id,
    e.type,
    e.recordedAt,
    e.metadata,
    e.data,
  )
  return [head, data]
}

describe('migrating a version 2 file', () => {
  it('reads every event back as it was, whole or lean, and keeps checkpoints and read models', async () => {
    const path = file('v2.db')
    const database = new BetterSqlite3(path)
    writeVersion2(database, version2Events)
    database.prepare('INSERT INTO projection_checkpoints VALUES (?, ?)').run('board', 5)
    database.prepare('INSERT INTO projection_read_models VALUES (?, ?)').run('board', '{"n":5}')
    database.close()

    const store = createSqliteEventStore({ path })
    expect(databaseOf(store).pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    const all = await collect(store.readAll())
    expect(all).toEqual(version2Events.map(recorded))
    expect('data' in all[1]! && all[1].data === undefined).toBe(true)
    expect(await collect(store.readStream('team-"x"'))).toEqual(all.slice(2, 5))
    expect(createEventWindowReader(databaseOf(store)).readLean(0, 6, ['Nothing', 'Text'])).toEqual([
      { type: 'Nothing', data: undefined, position: 2 },
      { type: 'Text', data: '订单 "A-1" 已派 😀', position: 3 },
    ])
    // A migrated row is what an append of the same event writes today.
    expect(databaseOf(store).prepare('SELECT head, data FROM events').raw().all()).toEqual(
      version2Events.map(version3Columns),
    )
    expect(
      databaseOf(store).prepare('SELECT position FROM projection_checkpoints').pluck().get(),
    ).toBe(5)
    expect(
      databaseOf(store).prepare('SELECT read_model FROM projection_read_models').pluck().get(),
    ).toBe('{"n":5}')
    // The idempotency check still finds a migrated event by its id.
    expect(
      await store.appendToStream('team-"x"', [{ type: 'Text', data: 'again', id: 'id-3' }]),
    ).toEqual({ nextExpectedRevision: 0, position: 3 })
    expect(await store.appendToStream('team-"x"', [{ type: 'Next', data: 1 }])).toEqual({
      nextExpectedRevision: 3,
      position: 7,
    })
    await store.close()
  })

  it('splits any stored event so that joining its columns again gives the version 2 text', () => {
    const json = fc.jsonValue({ stringUnit: 'binary' })
    const storedEvent = fc.record({
      streamName: fc.string({ unit: 'grapheme' }),
      type: fc.string({ unit: 'grapheme', minLength: 1 }),
      recordedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
      metadata: fc.dictionary(fc.string({ unit: 'binary' }), json),
      data: fc.option(json, { nil: undefined }),
    })
    fc.assert(
      fc.property(fc.array(storedEvent, { maxLength: 12 }), (generated) => {
        const events: Version2Event[] = generated.map((e, i) => ({
          ...e,
          id: `id-${i}`,
          revision: i,
          position: i + 1,
        }))
        const database = new BetterSqlite3(':memory:')
        try {
          writeVersion2(database, events)
          MIGRATIONS[2]!(database)
          expect(
            database
              .prepare(`SELECT ${VERSION_2_TEXT_SQL} FROM events ORDER BY position`)
              .pluck()
              .all(),
          ).toEqual(events.map(version2Text))
          expect(
            database.prepare('SELECT head, data FROM events ORDER BY position').raw().all(),
          ).toEqual(events.map(version3Columns))
        } finally {
          database.close()
        }
      }),
    )
  })
})
