import BetterSqlite3 from 'better-sqlite3'
import type { RecordedEvent } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
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
    expect(store.database.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
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
    const checkpoint = store.database
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
