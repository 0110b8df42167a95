import { createInMemoryEventStore } from '@wenming/event-store'
import type { FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import type { AuthConfig } from './auth-config.js'
import { createApiServer } from './create-api-server.js'
import type { RateLimits } from './rate-limits.js'
import { counterRoutes } from './testing/counter-routes.js'

const auth: AuthConfig = {
  tokens: [
    {
      token: 'resident-token-0123456789',
      principal: { id: 'ann', role: 'resident', sites: [], teams: [] },
    },
    {
      token: 'dispatcher-token-0123456789',
      principal: { id: 'dis', role: 'centre-dispatcher', sites: [], teams: [] },
    },
  ],
}

describe('rate limits', () => {
  let app: FastifyInstance
  afterEach(async () => {
    await app.close()
  })

  const start = async (rateLimits: RateLimits) => {
    app = await createApiServer({
      store: createInMemoryEventStore(),
      auth,
      commands: counterRoutes(),
      rateLimits,
      webConsole: false,
    })
  }
  const add = (token: string, remoteAddress = '192.0.2.1', counter = 'ann-1') =>
    app.inject({
      method: 'POST',
      url: `/counters/${counter}/add`,
      headers: { authorization: `Bearer ${token}` },
      payload: { amount: 1 },
      remoteAddress,
    })

  it('refuses an IP with 429 and Retry-After after too many failed authentications, even with a good token', async () => {
    await start({ failedAuthentications: { max: 3, windowMs: 60_000 } })
    for (let i = 0; i < 3; i++) expect((await add('wrong-token-0123456789')).statusCode).toBe(401)
    const blocked = await add('wrong-token-0123456789')
    expect(blocked.statusCode).toBe(429)
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0)
    expect(blocked.json()).toMatchObject({
      type: 'urn:wenming:problem:too-many-failed-authentications',
      status: 429,
    })
    expect((await add('resident-token-0123456789')).statusCode).toBe(429)
    // Another address is not held back.
    expect((await add('resident-token-0123456789', '192.0.2.2')).statusCode).toBe(200)
  })

  it('leaves this host’s own clients out unless told to count them', async () => {
    await start({ failedAuthentications: { max: 1, windowMs: 60_000 } })
    for (let i = 0; i < 3; i++)
      expect((await add('wrong-token-0123456789', '127.0.0.1')).statusCode).toBe(401)
    await app.close()
    await start({ failedAuthentications: { max: 1, windowMs: 60_000, exemptLoopback: false } })
    expect((await add('wrong-token-0123456789', '::1')).statusCode).toBe(401)
    expect((await add('wrong-token-0123456789', '::1')).statusCode).toBe(429)
  })

  it('counts only failures: good requests from one IP never trip it', async () => {
    await start({ failedAuthentications: { max: 2, windowMs: 60_000 } })
    for (let i = 0; i < 5; i++) {
      expect((await add('resident-token-0123456789')).statusCode, `request ${i}`).toBe(200)
    }
  })

  it('limits commands per principal, not per IP, when configured', async () => {
    await start({ writesPerPrincipal: { max: 2, windowMs: 60_000 } })
    expect((await add('resident-token-0123456789')).statusCode).toBe(200)
    expect((await add('resident-token-0123456789', '192.0.2.9')).statusCode).toBe(200)
    const third = await add('resident-token-0123456789', '192.0.2.10')
    expect(third.statusCode).toBe(429)
    expect(third.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0)
    expect(third.json()).toMatchObject({ type: 'urn:wenming:problem:too-many-writes' })
    // Another principal from the same address still writes.
    expect((await add('dispatcher-token-0123456789', '192.0.2.1', 'dis-1')).statusCode).toBe(200)
  })

  it('lets writes through without a per-principal limit by default', async () => {
    await start({})
    for (let i = 0; i < 10; i++) {
      expect((await add('dispatcher-token-0123456789', '192.0.2.1', `c-${i}`)).statusCode).toBe(200)
    }
  })
})
