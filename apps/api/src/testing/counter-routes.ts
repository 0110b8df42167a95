import { createCommandHandler, type Decider } from '@wenming/event-store'
import { z } from 'zod'
import { commandRoute, type CommandRoute } from '../command-route.js'

type CounterCommand = { type: 'Add'; data: { amount: number } }
type CounterEvent = { type: 'Added'; data: { amount: number; at: string } }
type CounterError = { type: 'CounterWouldOverflow'; limit: number }

/** A tiny decider (a counter capped at 10) to exercise the HTTP plumbing without the domain. */
const counterDecider: Decider<
  CounterCommand & { now: string },
  CounterEvent,
  number,
  CounterError
> = {
  initialState: 0,
  evolve: (state, event) => state + event.data.amount,
  decide: (command, state) =>
    state + command.data.amount > 10
      ? { ok: false, error: { type: 'CounterWouldOverflow', limit: 10 } }
      : {
          ok: true,
          events: [{ type: 'Added', data: { amount: command.data.amount, at: command.now } }],
        },
}

const handle = createCommandHandler(counterDecider)

/** `POST /counters/:counterId/add`, for residents and dispatchers, scoped to counters named after the principal. */
export const counterRoutes = (): CommandRoute[] => [
  commandRoute({
    url: '/counters/:counterId/add',
    operationId: 'addToCounter',
    summary: 'Adds to a counter',
    tag: 'test',
    params: z.object({ counterId: z.string().regex(/^[a-z0-9-]{1,40}$/) }),
    body: z.strictObject({ amount: z.number().int().min(1).max(10) }),
    roles: ['resident', 'centre-dispatcher'],
    authorize: ({ principal, params }) =>
      Promise.resolve(
        principal.role === 'centre-dispatcher' || params.counterId.startsWith(principal.id),
      ),
    execute: async ({ params, body, now, context }, { store }) => {
      const streamName = `counter-${params.counterId}`
      const result = await handle(
        store,
        streamName,
        { type: 'Add', data: body, now: now.toISOString() },
        context,
      )
      if (!result.ok) return { ok: false, error: result.error }
      return {
        ok: true,
        streamName,
        revision: result.nextExpectedRevision,
        events: result.events,
        location: `/counters/${params.counterId}`,
      }
    },
  }),
]
