import BetterSqlite3 from 'better-sqlite3'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import {
  decodeEventBatch,
  decodeLeanBatch,
  encodeEvent,
  EVENT_JSON_SQL,
  LEAN_EVENT_JSON_SQL,
} from './event-json.js'

/** What a value reads back as after a trip through JSON text. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown

// Types are well-formed text: the `type` column holds them as UTF-8, which has no lone surrogates.
const storedEvent = fc.record({
  streamName: fc.string({ unit: 'binary' }),
  revision: fc.nat(),
  id: fc.uuid(),
  type: fc.oneof(
    fc.string({ minLength: 1 }),
    fc.string({ unit: 'grapheme', minLength: 1 }),
    fc.string({ unit: 'binary-ascii', minLength: 1 }),
  ),
  recordedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  metadata: fc.option(fc.dictionary(fc.string(), fc.jsonValue({ stringUnit: 'binary' })), {
    nil: undefined,
  }),
  data: fc.option(fc.jsonValue({ stringUnit: 'binary' }), { nil: undefined }),
})

/** The columns the SQL reads, in a table of their own, so each row's JSON comes from SQLite. */
const database = new BetterSqlite3(':memory:')
afterAll(() => database.close())
database.exec(
  'CREATE TABLE events (position INTEGER PRIMARY KEY, type TEXT NOT NULL, head TEXT NOT NULL, data TEXT) STRICT',
)
const insert = database.prepare('INSERT INTO events VALUES (?, ?, ?, ?)')
const rowsJson = database
  .prepare(`SELECT position, ${EVENT_JSON_SQL}, ${LEAN_EVENT_JSON_SQL} FROM events`)
  .raw()

describe('the head and data columns', () => {
  it('read back every event as written, whole or lean, in cursor order whatever order SQLite joined them in', () => {
    fc.assert(
      fc.property(
        fc.array(storedEvent, { maxLength: 20 }),
        fc.func(fc.integer()),
        (events, shuffleKey) => {
          database.exec('DELETE FROM events')
          events.forEach((e, i) => {
            const { head, data } = encodeEvent(
              i + 1,
              e.streamName,
              e.revision,
              e.id,
              e.type,
              e.recordedAt,
              e.metadata,
              e.data,
            )
            // ASCII, with control characters escaped (JSON leaves DEL, \x7f, as it is).
            expect(head).toMatch(/^[\x20-\x7f]*$/)
            if (data !== null) expect(data).toMatch(/^[\x20-\x7f]*$/)
            insert.run(i + 1, e.type, head, data)
          })
          const rows = (rowsJson.all() as [number, string, string][]).sort(
            (a, b) => shuffleKey(a[0]) - shuffleKey(b[0]),
          )
          const joined = (column: 1 | 2): string | null =>
            rows.length === 0 ? null : `[${rows.map((row) => row[column]).join(',')}]`
          const expected = events.map((e, i) => ({
            type: e.type,
            data: e.data === undefined ? undefined : throughJson(e.data),
            metadata: throughJson(e.metadata ?? {}),
            id: e.id,
            streamName: e.streamName,
            revision: e.revision,
            position: i + 1,
            recordedAt: new Date(e.recordedAt),
          }))
          expect(decodeEventBatch(joined(1), 'position')).toEqual(expected)
          const lean = decodeLeanBatch(joined(2))
          expect(lean).toStrictEqual(
            expected.map(({ type, data, position }) => ({ type, data, position })),
          )
          for (const event of lean) expect(Object.keys(event)).toEqual(['type', 'data', 'position'])
        },
      ),
    )
  })
})
