import { placeRequestOrderSchema, rejectOrderSchema } from '@wenming/domain'
import { createInMemoryEventStore } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import type { CommandInput } from './command-route.js'
import { derivedId, domainCommandRoute } from './domain-command-route.js'
import { isHttpProblem } from './problem-details.js'

const principal = { id: 'u-1', role: 'resident' as const, sites: [], teams: [] }
const deps = { store: createInMemoryEventStore(), clock: () => new Date() }
const input = (
  params: unknown,
  body: unknown,
  commandId = 'c-1',
): CommandInput<unknown, unknown> => ({
  params,
  body,
  principal,
  now: new Date('2022-03-01T08:00:00.000Z'),
  context: { commandId },
})

describe('domainCommandRoute', () => {
  const seen: unknown[] = []
  const place = domainCommandRoute({
    url: '/orders',
    operationId: 'place',
    summary: 'place',
    tag: 'orders',
    schema: placeRequestOrderSchema,
    fromParams: [],
    generatedId: 'orderId',
    roles: ['resident'],
    handle: (_store, command) => {
      seen.push(command)
      return Promise.resolve({ ok: true, events: [], nextExpectedRevision: 0 })
    },
    stream: (data) => `order-${data.orderId}`,
    location: (data) => `/orders/${data.orderId}`,
  })

  it('builds the command from the body, the clock and the principal, deriving a missing id from the command id', async () => {
    const body = { siteId: 'st-1', category: 'health', wantedAt: '2022-03-02T09:00:00.000Z' }
    const outcome = await place.execute(input({}, body, 'key-1'), deps)
    expect(outcome).toMatchObject({ ok: true, streamName: `order-${derivedId('key-1')}` })
    expect(seen.at(-1)).toEqual({
      type: 'PlaceRequestOrder',
      data: { ...body, orderId: derivedId('key-1'), onBehalfOf: null, need: '' },
      metadata: { now: '2022-03-01T08:00:00.000Z', actor: { id: 'u-1', role: 'resident' } },
    })
    await place.execute(input({}, body, 'key-1'), deps)
    expect((seen.at(-1) as { data: { orderId: string } }).data.orderId).toBe(derivedId('key-1'))
    expect(derivedId('key-2')).not.toBe(derivedId('key-1'))
  })

  it('refuses with a 400 the domain rules the body schema cannot see (a free-form order needs a need)', async () => {
    const body = { siteId: 'st-1', category: null, wantedAt: '2022-03-02T09:00:00.000Z' }
    const error = await place.execute(input({}, body), deps).catch((e: unknown) => e)
    expect(isHttpProblem(error) && error.problem).toMatchObject({
      status: 400,
      errors: [{ in: 'body', field: 'need' }],
    })
  })

  it('takes URL ids out of the body schema and puts them back into the command', () => {
    const reject = domainCommandRoute({
      url: '/orders/:orderId/reject',
      operationId: 'reject',
      summary: 'reject',
      tag: 'orders',
      schema: rejectOrderSchema,
      fromParams: ['orderId'],
      roles: ['centre-dispatcher'],
      handle: () => Promise.resolve({ ok: false, error: { type: 'Nope' } }),
      stream: (data) => `order-${data.orderId}`,
      location: (data) => `/orders/${data.orderId}`,
    })
    expect(reject.body.safeParse({ reason: 'dup' }).success).toBe(true)
    expect(reject.body.safeParse({ reason: 'dup', orderId: 'x' }).success).toBe(false)
    expect(reject.params.safeParse({ orderId: 'o-1' }).success).toBe(true)
  })
})
