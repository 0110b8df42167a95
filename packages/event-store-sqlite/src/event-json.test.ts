import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeEventBatch, encodeEvent } from './event-json.js'

/** What a value reads back as after a trip through JSON text. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown

const storedEvent = fc.record({
  streamName: fc.string({ unit: 'binary' }),
  revision: fc.nat(),
  id: fc.uuid(),
  type: fc.string({ minLength: 1 }),
  recordedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  metadata: fc.option(fc.dictionary(fc.string(), fc.jsonValue({ stringUnit: 'binary' })), {
    nil: undefined,
  }),
  data: fc.option(fc.jsonValue({ stringUnit: 'binary' }), { nil: undefined }),
})

describe('the event column', () => {
  it('reads back every event as written, in cursor order whatever order SQLite joined them in', () => {
    fc.assert(
      fc.property(
        fc.array(storedEvent, { maxLength: 20 }),
        fc.func(fc.integer()),
        (events, shuffleKey) => {
          const encoded = events.map((e, i) => ({
            position: i + 1,
            json: encodeEvent(
              i + 1,
              e.streamName,
              e.revision,
              e.id,
              e.type,
              e.recordedAt,
              e.metadata,
              e.data,
            ),
          }))
          const joined = [...encoded].sort(
            (a, b) => shuffleKey(a.position) - shuffleKey(b.position),
          )
          const decoded = decodeEventBatch(
            joined.length === 0 ? null : `[${joined.map((e) => e.json).join(',')}]`,
            'position',
          )
          expect(decoded).toEqual(
            events.map((e, i) => ({
              type: e.type,
              data: e.data === undefined ? undefined : throughJson(e.data),
              metadata: throughJson(e.metadata ?? {}),
              id: e.id,
              streamName: e.streamName,
              revision: e.revision,
              position: i + 1,
              recordedAt: new Date(e.recordedAt),
            })),
          )
          for (const { json } of encoded) expect(json).toMatch(/^[\x20-\x7e]*$/)
        },
      ),
    )
  })
})
