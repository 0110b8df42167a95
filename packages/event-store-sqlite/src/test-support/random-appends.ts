import type { EventData, EventStore, LeanEvent, RecordedEvent } from '@wenming/event-store'
import fc from 'fast-check'

/** Event types, with non-ASCII text and quotes so the lean read's quoting of `type` is exercised. */
export const EVENT_TYPES = ['A', 'B', '订单已派', 'say "hi"']

const text = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('"', '\\', '队伍"甲"', '😀', '\u2028', 'a"b\\"c', ']', '}]'),
)

/** Event data of every JSON shape, and no data at all. */
const data: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  text,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(text, text, { maxKeys: 3 }),
  fc.jsonValue({ stringUnit: 'grapheme', maxDepth: 2 }),
)

const eventData: fc.Arbitrary<EventData> = fc.record(
  {
    type: fc.constantFrom(...EVENT_TYPES),
    data,
    metadata: fc.dictionary(text, text, { maxKeys: 2 }),
  },
  { requiredKeys: ['type', 'data'] },
)

export type RandomAppend = { stream: string; events: EventData[] }

/** Up to 15 appends of 1 to 3 events each to two streams. */
export const randomAppends: fc.Arbitrary<RandomAppend[]> = fc.array(
  fc.record({
    stream: fc.constantFrom('s-1', '团队"x"'),
    events: fc.array(eventData, { minLength: 1, maxLength: 3 }),
  }),
  { maxLength: 15 },
)

/** A type filter: all types, or some of them in any order. */
export const randomTypes: fc.Arbitrary<string[] | undefined> = fc.option(
  fc.shuffledSubarray(EVENT_TYPES, { minLength: 1 }),
  { nil: undefined },
)

export const appendAll = async (
  store: EventStore,
  appends: readonly RandomAppend[],
): Promise<void> => {
  for (const { stream, events } of appends) await store.appendToStream(stream, events)
}

/** What a lean read must give for these events: each one's type, data and position, in that order. */
export const leanOf = (events: readonly RecordedEvent[]): LeanEvent[] =>
  events.map(({ type, data, position }) => ({ type, data, position }))
