import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EventData, RecordedEvent } from './event-data.js'
import type { ExpectedRevision } from './expected-revision.js'
import { createInMemoryEventStore } from './in-memory-event-store.js'
import { isWrongExpectedRevisionError } from './wrong-expected-revision-error.js'

type ModelEvent = { type: string; id: string | undefined; streamName: string; revision: number }
type Model = { streams: Map<string, ModelEvent[]>; log: ModelEvent[] }

type Append = {
  kind: 'append'
  streamName: string
  events: { type: string; id?: string }[]
  expectedRevision: ExpectedRevision
}
type ReadStream = { kind: 'readStream'; streamName: string; fromRevision: number; maxCount: number }
type ReadAll = { kind: 'readAll'; fromPosition: number; maxCount: number }
type Operation = Append | ReadStream | ReadAll

type Outcome =
  | { ok: true; nextExpectedRevision: number; position: number }
  | { ok: false; expected: ExpectedRevision; actual: number | 'no_stream' }

/** The plain model: what the kernel's append semantics say an append does. */
const modelAppend = (model: Model, op: Append): Outcome => {
  const stream = model.streams.get(op.streamName) ?? []
  const actual = stream.length === 0 ? 'no_stream' : stream.length - 1
  const stored = op.events.map((e) => stream.find((s) => e.id !== undefined && s.id === e.id))
  if (op.events.length > 0 && stored.every((s) => s !== undefined)) {
    const revision = Math.max(...stored.map((s) => s.revision))
    const position = Math.max(...stored.map((s) => model.log.indexOf(s) + 1))
    return { ok: true, nextExpectedRevision: revision, position }
  }
  const matches =
    op.expectedRevision === 'any' ||
    (op.expectedRevision === 'no_stream' && actual === 'no_stream') ||
    (op.expectedRevision === 'stream_exists' && actual !== 'no_stream') ||
    op.expectedRevision === actual
  if (stored.some((s) => s !== undefined) || !matches) {
    return { ok: false, expected: op.expectedRevision, actual }
  }
  if (op.events.length === 0) {
    const last = stream.at(-1)
    return {
      ok: true,
      nextExpectedRevision: stream.length - 1,
      position: last === undefined ? 0 : model.log.indexOf(last) + 1,
    }
  }
  for (const e of op.events) {
    const recorded = { type: e.type, id: e.id, streamName: op.streamName, revision: stream.length }
    stream.push(recorded)
    model.log.push(recorded)
  }
  model.streams.set(op.streamName, stream)
  return { ok: true, nextExpectedRevision: stream.length - 1, position: model.log.length }
}

const shape = (e: RecordedEvent | ModelEvent) => [e.type, e.streamName, e.revision]

const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('append' as const),
      streamName: fc.constantFrom('order-1', 'order-2', 'team-1'),
      events: fc.array(
        fc.record(
          { type: fc.constantFrom('A', 'B', 'C'), id: fc.constantFrom('e1', 'e2', 'e3', 'e4') },
          { requiredKeys: ['type'] },
        ),
        { maxLength: 3 },
      ),
      expectedRevision: fc.oneof(
        fc.constantFrom<ExpectedRevision>('any', 'no_stream', 'stream_exists'),
        fc.integer({ min: 0, max: 4 }),
      ),
    }),
  },
  fc.record({
    kind: fc.constant('readStream' as const),
    streamName: fc.constantFrom('order-1', 'order-2', 'team-1', 'absent'),
    fromRevision: fc.integer({ min: 0, max: 5 }),
    maxCount: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({
    kind: fc.constant('readAll' as const),
    fromPosition: fc.integer({ min: 0, max: 12 }),
    maxCount: fc.integer({ min: 1, max: 12 }),
  }),
)

const collect = async (events: AsyncIterable<RecordedEvent>) => {
  const all: RecordedEvent[] = []
  for await (const e of events) all.push(e)
  return all
}

describe('in-memory event store against a plain model', () => {
  it('agrees with the model on every append outcome and every read', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 40 }), async (operations) => {
        const store = createInMemoryEventStore()
        const model: Model = { streams: new Map(), log: [] }
        for (const op of operations) {
          if (op.kind === 'append') {
            const unique = new Set(op.events.map((e) => e.id).filter(Boolean))
            const withIds = op.events.filter((e) => e.id !== undefined)
            if (unique.size !== withIds.length) continue
            const expected = modelAppend(model, op)
            const events: EventData[] = op.events.map((e) => ({ ...e, data: {} }))
            const actual: Outcome = await store
              .appendToStream(op.streamName, events, { expectedRevision: op.expectedRevision })
              .then(
                (r): Outcome => ({ ok: true, ...r }),
                (error: unknown): Outcome => {
                  if (!isWrongExpectedRevisionError(error)) throw error
                  return {
                    ok: false,
                    expected: error.expectedRevision,
                    actual: error.actualRevision,
                  }
                },
              )
            expect(actual).toEqual(expected)
          } else if (op.kind === 'readStream') {
            const read = await collect(store.readStream(op.streamName, op))
            const expected = (model.streams.get(op.streamName) ?? []).slice(
              op.fromRevision,
              op.fromRevision + op.maxCount,
            )
            expect(read.map(shape)).toEqual(expected.map(shape))
          } else {
            const read = await collect(store.readAll(op))
            const from = Math.max(0, op.fromPosition - 1)
            const expected = model.log.slice(from, from + op.maxCount)
            expect(read.map(shape)).toEqual(expected.map(shape))
            expect(read.map((e) => e.position)).toEqual(
              expected.map((e) => model.log.indexOf(e) + 1),
            )
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
