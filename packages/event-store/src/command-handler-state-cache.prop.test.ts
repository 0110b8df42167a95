import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCommandHandler, type CommandHandler } from './command-handler.js'
import { foldEvents, type Decider } from './decider.js'
import type { EventStore } from './event-store.js'
import { createInMemoryEventStore } from './in-memory-event-store.js'
import type { StreamStateCacheOptions } from './stream-state-cache.js'

type Event = { type: 'Added'; data: { amount: number } } | { type: 'Reset'; data: null }
type Command =
  | { type: 'Add'; amounts: number[] } // several events at once, or none
  | { type: 'Reset' }
type State = { readonly total: number; readonly history: readonly string[] }
type Refusal = { type: 'TooMuch'; total: number }

/** Order-sensitive state, a fresh object per event, refusals, and decisions of 0, 1 or more events. */
const decider: Decider<Command, Event, State, Refusal> = {
  initialState: { total: 0, history: [] },
  evolve: (state, event) =>
    event.type === 'Reset'
      ? { total: 0, history: [...state.history, 'reset'] }
      : { total: state.total + event.data.amount, history: [...state.history, 'add'] },
  decide: (command, state) => {
    if (command.type === 'Reset') return { ok: true, events: [{ type: 'Reset', data: null }] }
    const total = command.amounts.reduce((sum, amount) => sum + amount, state.total)
    if (total > 20) return { ok: false, error: { type: 'TooMuch', total: state.total } }
    return {
      ok: true,
      events: command.amounts.map((amount) => ({ type: 'Added' as const, data: { amount } })),
    }
  },
}

type Step =
  | { kind: 'command'; stream: string; commandId: string; command: Command; pinned?: number }
  | { kind: 'foreign'; stream: string; commandId: string; amounts: number[] }

const streams = fc.constantFrom('s-1', 's-2', 's-3')
// A small pool, so that commands repeat and foreign writers reuse the handlers' command ids.
const commandIds = fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `c${i}`))
const amounts = fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 3 })
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: amounts.map((a) => ({ type: 'Add' as const, amounts: a })) },
  { weight: 1, arbitrary: fc.constant({ type: 'Reset' as const }) },
)
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        kind: fc.constant('command' as const),
        stream: streams,
        commandId: commandIds,
        command,
        pinned: fc.integer({ min: -1, max: 12 }),
      },
      { requiredKeys: ['kind', 'stream', 'commandId', 'command'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('foreign' as const),
      stream: streams,
      commandId: fc.oneof(commandIds, fc.constantFrom('x1', 'x2', 'x3')),
      amounts: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 2 }),
    }),
  },
)
const cacheOptions: fc.Arbitrary<StreamStateCacheOptions> = fc.record({
  maxStreams: fc.integer({ min: 1, max: 3 }),
  maxCommandIds: fc.integer({ min: 1, max: 30 }),
  minEvents: fc.integer({ min: 0, max: 4 }),
})

/** What a step gave: the handler's whole result, or the name of the error it threw. */
const run = async (
  handle: CommandHandler<Command, Event, State, Refusal>,
  store: EventStore,
  s: Step,
): Promise<unknown> => {
  if (s.kind === 'foreign') {
    const events = s.amounts.map((amount) => ({
      type: 'Added',
      data: { amount },
      metadata: { commandId: s.commandId },
    }))
    return store.appendToStream(s.stream, events)
  }
  const pinned = s.pinned === undefined ? {} : { expectedRevision: s.pinned }
  try {
    return await handle(store, s.stream, s.command, { commandId: s.commandId, ...pinned })
  } catch (error) {
    return { threw: (error as Error).name }
  }
}

describe('the command handler stream state cache', () => {
  it('gives the results of folding the whole stream, under foreign appends and repeated ids', async () => {
    await fc.assert(
      fc.asyncProperty(cacheOptions, fc.array(step, { maxLength: 60 }), async (options, steps) => {
        const plain = createCommandHandler(decider, { stateCache: false })
        const cached = createCommandHandler(decider, { stateCache: options })
        const plainStore = createInMemoryEventStore()
        const cachedStore = createInMemoryEventStore()
        for (const s of steps) {
          expect(await run(cached, cachedStore, s)).toEqual(await run(plain, plainStore, s))
        }
      }),
      { numRuns: 500 },
    )
  })

  it('agrees with a full fold after concurrent commands, in any interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        cacheOptions,
        fc.array(step, { minLength: 1, maxLength: 12 }),
        fc.array(step, { minLength: 1, maxLength: 12 }),
        async (scheduler, options, before, concurrent) => {
          const inner = createInMemoryEventStore()
          const store: EventStore = {
            ...inner,
            appendToStream: scheduler.scheduleFunction((name, events, o) =>
              inner.appendToStream(name, events, o),
            ),
          }
          const cached = createCommandHandler(decider, { stateCache: options })
          const settle = <T>(p: Promise<T>): Promise<T> => scheduler.waitFor(p)
          for (const s of before) await settle(run(cached, store, s))
          await settle(Promise.all(concurrent.map((s) => run(cached, store, s))))
          for (const name of ['s-1', 's-2', 's-3']) {
            const recorded: Event[] = []
            for await (const e of inner.readStream(name)) recorded.push(e as unknown as Event)
            const noop = { type: 'Add' as const, amounts: [] }
            const result = await settle(cached(store, name, noop, { commandId: `check-${name}` }))
            // An empty Add is refused once foreign appends passed the limit: compare state and revision.
            const revision = result.ok
              ? result.nextExpectedRevision
              : result.revision === 'no_stream'
                ? -1
                : result.revision
            expect({ state: result.state, revision }).toEqual({
              state: foldEvents(decider, recorded),
              revision: recorded.length - 1,
            })
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})
