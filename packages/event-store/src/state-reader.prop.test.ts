import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCommandHandler } from './command-handler.js'
import { foldEvents, type Decider } from './decider.js'
import type { EventStore } from './event-store.js'
import { createInMemoryEventStore } from './in-memory-event-store.js'
import { createStateReader } from './state-reader.js'
import type { StreamStateCacheOptions } from './stream-state-cache.js'

type Event = { type: 'Added'; data: { amount: number } } | { type: 'Reset'; data: null }
type Command = { type: 'Add'; amount: number }
type State = { readonly total: number; readonly history: readonly string[] }

/** Order-sensitive state and a fresh object per event, so that a missed or repeated event shows. */
const decider: Decider<Command, Event, State> = {
  initialState: { total: 0, history: [] },
  evolve: (state, event) =>
    event.type === 'Reset'
      ? { total: 0, history: [...state.history, 'reset'] }
      : { total: state.total + event.data.amount, history: [...state.history, 'add'] },
  decide: (command) => ({
    ok: true,
    events: [{ type: 'Added', data: { amount: command.amount } }],
  }),
}

type Read = { kind: 'read'; stream: string }
type Append = { kind: 'append'; stream: string; events: Event[]; commandId?: string }
type Step =
  | Read
  | Append
  | { kind: 'command'; stream: string; commandId: string; amount: number }
  | { kind: 'rewind' } // the store ignores fromRevision from now on, or honours it again

const streams = fc.constantFrom('s-1', 's-2', 's-3')
const amount = fc.integer({ min: 0, max: 6 })
const event: fc.Arbitrary<Event> = fc.oneof(
  { weight: 5, arbitrary: amount.map((a) => ({ type: 'Added' as const, data: { amount: a } })) },
  { weight: 1, arbitrary: fc.constant({ type: 'Reset' as const, data: null }) },
)
const read: fc.Arbitrary<Read> = fc.record({ kind: fc.constant('read' as const), stream: streams })
// Some foreign appends carry a command id, as the handler's events do, some none.
const append: fc.Arbitrary<Append> = fc.record(
  {
    kind: fc.constant('append' as const),
    stream: streams,
    events: fc.array(event, { minLength: 1, maxLength: 3 }),
    commandId: fc.constantFrom('c1', 'x1', 'x2'),
  },
  { requiredKeys: ['kind', 'stream', 'events'] },
)
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: read },
  { weight: 3, arbitrary: append },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      stream: streams,
      commandId: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
      amount,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'rewind' as const }) },
)
const cacheBounds = {
  maxStreams: fc.integer({ min: 0, max: 3 }),
  maxCommandIds: fc.integer({ min: 1, max: 30 }),
  minEvents: fc.integer({ min: 0, max: 4 }),
}
const cacheOptions: fc.Arbitrary<StreamStateCacheOptions> = fc.record(cacheBounds)

const appendTo = (store: EventStore, s: Append) => {
  const metadata = s.commandId === undefined ? {} : { metadata: { commandId: s.commandId } }
  return store.appendToStream(
    s.stream,
    s.events.map((e) => ({ type: e.type, data: e.data, ...metadata })),
  )
}

/** Every state the stream has passed through, from the initial one to its current one. */
const statesOf = async (store: EventStore, streamName: string): Promise<State[]> => {
  const states = [decider.initialState]
  for await (const recorded of store.readStream(streamName)) {
    states.push(decider.evolve(states.at(-1)!, recorded as unknown as Event))
  }
  return states
}

const foldOf = async (store: EventStore, streamName: string): Promise<State> => {
  const events: Event[] = []
  for await (const e of store.readStream(streamName)) events.push(e as unknown as Event)
  return foldEvents(decider, events)
}

describe('createStateReader', () => {
  it('reads what a fold of the whole stream gives, under appends by handlers and other writers', async () => {
    await fc.assert(
      fc.asyncProperty(cacheOptions, fc.array(step, { maxLength: 60 }), async (options, steps) => {
        const inner = createInMemoryEventStore()
        // A store whose reads can be switched to ignore fromRevision, as a careless adapter might.
        let rewinding = false
        const store: EventStore = {
          ...inner,
          readStream: (name, o) => inner.readStream(name, rewinding ? undefined : o),
        }
        const readState = createStateReader(decider, { stateCache: options })
        const handle = createCommandHandler(decider, { stateCache: options })
        for (const s of steps) {
          if (s.kind === 'read') {
            expect(await readState(store, s.stream)).toEqual(await foldOf(inner, s.stream))
          } else if (s.kind === 'command') {
            await handle(
              store,
              s.stream,
              { type: 'Add', amount: s.amount },
              { commandId: s.commandId },
            )
          } else if (s.kind === 'rewind') rewinding = !rewinding
          else await appendTo(inner, s)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('gives each concurrent read a state the stream passed through, and the last one after', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.record({ ...cacheBounds, maxStreams: fc.integer({ min: 1, max: 3 }) }),
        fc.array(fc.oneof(read, append), { maxLength: 20 }),
        fc.array(fc.oneof(read, append), { minLength: 2, maxLength: 12 }),
        async (scheduler, options, before, concurrent) => {
          const inner = createInMemoryEventStore()
          // Appends, and each event a read yields, wait for the scheduler: reads and appends interleave.
          const store: EventStore = {
            ...inner,
            appendToStream: scheduler.scheduleFunction((name, events, o) =>
              inner.appendToStream(name, events, o),
            ),
            readStream: (name, o) => ({
              async *[Symbol.asyncIterator]() {
                for await (const recorded of inner.readStream(name, o)) {
                  await scheduler.schedule(Promise.resolve())
                  yield recorded
                }
              },
            }),
          }
          const readState = createStateReader(decider, { stateCache: options })
          const run = async (s: Read | Append): Promise<[string, State] | undefined> => {
            if (s.kind === 'read') return [s.stream, await readState(store, s.stream)]
            await appendTo(store, s)
            return undefined
          }
          const settle = <T>(p: Promise<T>): Promise<T> => scheduler.waitFor(p)
          for (const s of before) await settle(run(s))
          const results = await settle(Promise.all(concurrent.map(run)))
          for (const result of results) {
            if (result !== undefined) {
              expect(await statesOf(inner, result[0])).toContainEqual(result[1])
            }
          }
          for (const name of ['s-1', 's-2', 's-3']) {
            expect(await settle(readState(store, name))).toEqual(await foldOf(inner, name))
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})
