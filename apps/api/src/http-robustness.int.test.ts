import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commandCases } from './testing/command-cases.js'
import { seedDistrict } from './testing/seed-district.js'
import { startTestApi, type TestApi } from './testing/test-api.js'

const isProblem = (response: { status: number; headers: Headers; body: unknown }): boolean =>
  response.status >= 400 &&
  response.status < 500 &&
  (response.headers.get('content-type') ?? '').startsWith('application/problem+json') &&
  typeof (response.body as { type?: unknown }).type === 'string' &&
  (response.body as { status?: unknown }).status === response.status

/** A JSON value that is not the expected one: a wrong type, a broken field or an unknown key. */
const corrupted = (body: Record<string, unknown>) => {
  const keys = Object.keys(body)
  const junk = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.string(),
    fc.array(fc.jsonValue(), { maxLength: 3 }),
    fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
  )
  return fc.oneof(
    // A field replaced by a value of another shape, or an unknown key added.
    ...(keys.length === 0
      ? []
      : [
          fc
            .tuple(fc.constantFrom(...keys), junk)
            .map(([key, value]) => ({ ...body, [key]: value })),
        ]),
    fc
      .tuple(
        fc.string({ minLength: 1 }).filter((k) => !keys.includes(k) && k !== '__proto__'),
        fc.jsonValue(),
      )
      .map(([key, value]) => ({ ...body, [key]: value })),
    // Not an object at all.
    fc.oneof(
      fc.constant(null),
      fc.double(),
      fc.string(),
      fc.array(fc.jsonValue(), { maxLength: 3 }),
    ),
  )
}

describe('malformed requests over HTTP', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
    await t.request('resident', 'POST', '/orders', {
      orderId: 'm-o',
      siteId: 'st-1',
      category: 'health',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
  })
  afterAll(async () => {
    await t.close()
  })

  it('answers every corrupted body with 4xx problem details and leaves the store unchanged', async () => {
    const arbitrary = fc
      .constantFrom(...commandCases)
      .chain((c) => corrupted(c.body).map((body) => ({ c, body })))
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ c, body }) => {
        const before = await t.eventCount()
        const response = await t.request('dispatcher', 'POST', c.path, body)
        // A corruption can leave a body valid (a junk string where any string goes): skip those.
        fc.pre(response.status >= 400)
        expect(
          isProblem(response),
          `${c.path} ${JSON.stringify(body)} -> ${response.status} ${response.text}`,
        ).toBe(true)
        expect(await t.eventCount()).toBe(before)
      }),
      { numRuns: 150 },
    )
  })

  it('answers broken JSON, wrong media types, odd params and bad headers with 4xx problem details, appending nothing', async () => {
    const before = await t.eventCount()
    const raw = fc.record({
      c: fc.constantFrom(...commandCases),
      payload: fc.oneof(fc.string(), fc.constant('{"a":'), fc.constant('')),
      contentType: fc.constantFrom(
        'application/json',
        'text/plain',
        'application/xml',
        'application/json; charset=latin1',
      ),
    })
    await fc.assert(
      fc.asyncProperty(raw, async ({ c, payload, contentType }) => {
        // An empty JSON body is `{}` (a valid action without data), not a broken one.
        fc.pre(!(payload.trim() === '' && contentType.startsWith('application/json')))
        const response = await t.request('dispatcher', 'POST', c.path, payload, {
          'content-type': contentType,
        })
        fc.pre(response.status >= 400)
        expect(
          isProblem(response),
          `${c.path} ${contentType} ${JSON.stringify(payload)} -> ${response.status} ${response.text}`,
        ).toBe(true)
      }),
      { numRuns: 100 },
    )
    const headers = fc.record({
      c: fc.constantFrom(...commandCases),
      ifMatch: fc.string().filter((s) => !/^\s*(W\/)?"-?\d+"\s*$/.test(s) && s.trim() !== '*'),
    })
    await fc.assert(
      fc.asyncProperty(headers, async ({ c, ifMatch }) => {
        let response
        try {
          response = await t.request('dispatcher', 'POST', c.path, c.body, { 'if-match': ifMatch })
        } catch {
          return // fetch itself refuses header values with control characters
        }
        expect(
          isProblem(response),
          `${c.path} If-Match ${JSON.stringify(ifMatch)} -> ${response.status} ${response.text}`,
        ).toBe(true)
      }),
      { numRuns: 100 },
    )
    const params = fc.record({
      action: fc.constantFrom('accept', 'take', 'evaluate', 'cancel'),
      id: fc.string({ minLength: 1 }).filter((s) => s !== 'm-o'),
    })
    await fc.assert(
      fc.asyncProperty(params, async ({ action, id }) => {
        const response = await t.request(
          'dispatcher',
          'POST',
          `/orders/${encodeURIComponent(id)}/${action}`,
          { rating: 1 },
        )
        expect(
          isProblem(response),
          `${action} ${JSON.stringify(id)} -> ${response.status} ${response.text}`,
        ).toBe(true)
      }),
      { numRuns: 100 },
    )
    expect(await t.eventCount()).toBe(before)
  })
})

describe('idempotency and optimistic concurrency over HTTP', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await startTestApi()
    await seedDistrict(t)
  })
  afterAll(async () => {
    await t.close()
  })

  it('returns the first response to a retried Idempotency-Key and appends nothing more', async () => {
    const body = { siteId: 'st-1', category: 'health', wantedAt: '2022-03-02T09:00:00.000Z' }
    const first = await t.request('resident', 'POST', '/orders', body, {
      'idempotency-key': 'place-1',
    })
    expect(first.status).toBe(201)
    const count = await t.eventCount()
    const retries = await Promise.all(
      [1, 2, 3].map(() =>
        t.request('resident', 'POST', '/orders', body, { 'idempotency-key': 'place-1' }),
      ),
    )
    for (const retry of retries) {
      expect(retry.status).toBe(201)
      expect(retry.text).toBe(first.text)
      expect(retry.headers.get('etag')).toBe(first.headers.get('etag'))
      expect(retry.headers.get('location')).toBe(first.headers.get('location'))
    }
    expect(await t.eventCount()).toBe(count)
    const other = await t.request(
      'resident',
      'POST',
      '/orders',
      { ...body, category: 'culture' },
      { 'idempotency-key': 'place-1' },
    )
    expect(other.status).toBe(422)
    expect(await t.eventCount()).toBe(count)
  })

  it('answers 412 to a stale If-Match, appends nothing, and accepts the current ETag', async () => {
    const placed = await t.request('resident', 'POST', '/orders', {
      orderId: 'etag-1',
      siteId: 'st-1',
      category: 'health',
      wantedAt: '2022-03-02T09:00:00.000Z',
    })
    const etag = placed.headers.get('etag') ?? ''
    const accepted = await t.request(
      'dispatcher',
      'POST',
      '/orders/etag-1/accept',
      {},
      { 'if-match': etag },
    )
    expect(accepted.status).toBe(200)
    const count = await t.eventCount()
    const stale = await t.request(
      'dispatcher',
      'POST',
      '/orders/etag-1/dispatch',
      { teamId: 'team-local' },
      { 'if-match': etag },
    )
    expect(stale.status).toBe(412)
    expect(stale.body).toMatchObject({ status: 412, expectedRevision: 0, actualRevision: 1 })
    expect(await t.eventCount()).toBe(count)
    const fresh = await t.request(
      'dispatcher',
      'POST',
      '/orders/etag-1/dispatch',
      { teamId: 'team-local' },
      {
        'if-match': accepted.headers.get('etag') ?? '',
      },
    )
    expect(fresh.status).toBe(200)
    await t.settle()
    const history = await t.request('dispatcher', 'GET', '/orders/etag-1')
    expect(history.headers.get('etag')).toBe(fresh.headers.get('etag'))
  })

  it('answers a domain refusal with 409 and its refusal type, appending nothing', async () => {
    const count = await t.eventCount()
    const refused = await t.request('dispatcher', 'POST', '/orders/etag-1/accept', {})
    expect(refused.status).toBe(409)
    expect(refused.body).toMatchObject({
      status: 409,
      refusal: { type: expect.any(String) as unknown },
    })
    expect(await t.eventCount()).toBe(count)
  })
})
