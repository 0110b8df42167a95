import { createInMemoryEventStore, type EventStore, type RecordedEvent } from '@wenming/event-store'
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuthConfig } from './auth-config.js'
import { createApiServer } from './create-api-server.js'
import { counterRoutes } from './testing/counter-routes.js'

const auth: AuthConfig = {
  tokens: [
    {
      token: 'resident-token-0123456789',
      principal: { id: 'ann', role: 'resident', sites: [], teams: [] },
    },
    {
      token: 'auditor-token-0123456789',
      principal: { id: 'aud', role: 'auditor', sites: [], teams: [] },
    },
  ],
}
const resident = { authorization: 'Bearer resident-token-0123456789' }

const allEvents = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = []
  for await (const event of store.readAll()) events.push(event)
  return events
}

describe('createApiServer plumbing', () => {
  let store: EventStore
  let app: FastifyInstance
  beforeEach(async () => {
    store = createInMemoryEventStore()
    app = await createApiServer({
      store,
      auth,
      commands: counterRoutes(),
      clock: () => new Date('2022-03-01T08:00:00Z'),
    })
  })
  afterEach(async () => {
    await app.close()
  })

  const add = (amount: unknown, headers: Record<string, string> = {}, counter = 'ann-1') =>
    app.inject({
      method: 'POST',
      url: `/counters/${counter}/add`,
      headers: { ...resident, ...headers },
      payload: { amount },
    })

  it('appends the command, stamps the clock and the principal, and answers the revision as ETag', async () => {
    const response = await add(3)
    expect(response.statusCode).toBe(200)
    expect(response.headers.etag).toBe('"0"')
    expect(response.headers.location).toBe('/counters/ann-1')
    expect(response.json()).toEqual({
      streamName: 'counter-ann-1',
      revision: 0,
      events: [{ type: 'Added', data: { amount: 3, at: '2022-03-01T08:00:00.000Z' } }],
    })
    const [event] = await allEvents(store)
    expect(event?.data).toEqual({ amount: 3, at: '2022-03-01T08:00:00.000Z' })
    expect(event?.metadata).toMatchObject({ actor: { id: 'ann', role: 'resident' } })
  })

  it('answers 401 problem details without a known bearer token', async () => {
    for (const authorization of [undefined, 'Bearer nope-nope-nope-nope', 'Basic abc']) {
      const response = await app.inject({
        method: 'POST',
        url: '/counters/ann-1/add',
        headers: authorization === undefined ? {} : { authorization },
        payload: { amount: 1 },
      })
      expect(response.statusCode).toBe(401)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(response.headers['www-authenticate']).toBe('Bearer')
    }
    expect(await allEvents(store)).toHaveLength(0)
  })

  it('answers 403 to a role that may not send the command and to a principal outside its scope', async () => {
    const auditor = await app.inject({
      method: 'POST',
      url: '/counters/ann-1/add',
      headers: { authorization: 'Bearer auditor-token-0123456789' },
      payload: { amount: 1 },
    })
    expect(auditor.statusCode).toBe(403)
    expect((await add(1, {}, 'bob-1')).statusCode).toBe(403)
    expect(await allEvents(store)).toHaveLength(0)
  })

  it('answers 400 naming the field and why for a malformed body, param or header', async () => {
    const body = await add('three')
    expect(body.statusCode).toBe(400)
    expect(body.json()).toMatchObject({
      status: 400,
      errors: [{ in: 'body', field: 'amount' }],
    })
    expect((await add(1, {}, 'NOT VALID')).statusCode).toBe(400)
    expect((await add(1, { 'if-match': 'yesterday' })).json()).toMatchObject({
      status: 400,
      errors: [{ in: 'headers', field: 'if-match' }],
    })
    const broken = await app.inject({
      method: 'POST',
      url: '/counters/ann-1/add',
      headers: { ...resident, 'content-type': 'application/json' },
      payload: '{"amount": ',
    })
    expect(broken.statusCode).toBe(400)
    expect(broken.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(await allEvents(store)).toHaveLength(0)
  })

  it('answers 409 with the refusal type for a domain refusal and appends nothing', async () => {
    await add(9)
    const response = await add(5)
    expect(response.statusCode).toBe(409)
    expect(response.json()).toMatchObject({
      status: 409,
      refusal: { type: 'CounterWouldOverflow', limit: 10 },
    })
    expect(await allEvents(store)).toHaveLength(1)
  })

  it('answers 412 for a stale If-Match and honours a current one', async () => {
    await add(1)
    await add(1)
    const stale = await add(1, { 'if-match': '"0"' })
    expect(stale.statusCode).toBe(412)
    expect(stale.json()).toMatchObject({ expectedRevision: 0, actualRevision: 1 })
    const current = await add(1, { 'if-match': '"1"' })
    expect(current.statusCode).toBe(200)
    expect(current.headers.etag).toBe('"2"')
    expect(await allEvents(store)).toHaveLength(3)
  })

  it('returns the first response to a retried Idempotency-Key and appends nothing', async () => {
    const first = await add(2, { 'idempotency-key': 'k-1' })
    await add(1)
    const retry = await add(2, { 'idempotency-key': 'k-1' })
    expect(retry.statusCode).toBe(first.statusCode)
    expect(retry.body).toBe(first.body)
    expect(retry.headers.etag).toBe('"0"')
    expect(retry.headers['idempotent-replayed']).toBe('true')
    const concurrent = await Promise.all([1, 2, 3].map(() => add(3, { 'idempotency-key': 'k-2' })))
    expect(new Set(concurrent.map((r) => r.body)).size).toBe(1)
    expect(await allEvents(store)).toHaveLength(3)
    const reused = await add(4, { 'idempotency-key': 'k-1' })
    expect(reused.statusCode).toBe(422)
  })

  it('answers 404 problem details for an unknown route', async () => {
    const response = await app.inject({ method: 'GET', url: '/nowhere', headers: resident })
    expect(response.statusCode).toBe(404)
    expect(response.json()).toMatchObject({ status: 404, title: 'Not found' })
  })

  it('serves /health, /ready and OpenAPI 3 at /docs without authentication', async () => {
    expect((await app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' })
    expect((await app.inject({ url: '/ready' })).statusCode).toBe(200)
    const spec = (await app.inject({ url: '/docs/json' })).json<{
      openapi: string
      paths: Record<string, { post?: { requestBody?: unknown } }>
    }>()
    expect(spec.openapi).toMatch(/^3\./)
    expect(spec.paths['/counters/{counterId}/add']?.post?.requestBody).toBeDefined()
    expect((await app.inject({ url: '/docs' })).statusCode).toBeLessThan(400)
  })
})
