import { createInMemoryEventStore } from '@wenming/event-store'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { apiPlugin, type ApiPluginOptions } from './api-plugin.js'
import type { AuthConfig } from './auth-config.js'
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

describe('the API as a plugin of an existing Fastify app', () => {
  let host: FastifyInstance
  afterEach(async () => {
    await host.close()
  })

  const hostWith = async (options: Partial<ApiPluginOptions> = {}): Promise<FastifyInstance> => {
    host = Fastify()
    host.get('/hello', () => ({ hello: 'world' }))
    await host.register(apiPlugin, {
      store: createInMemoryEventStore(),
      auth,
      commands: counterRoutes(),
      ...options,
    })
    await host.ready()
    return host
  }

  it('serves its commands, health and docs under a prefix, and leaves the host’s routes alone', async () => {
    const app = await hostWith({ prefix: '/api' })
    const added = await app.inject({
      method: 'POST',
      url: '/api/counters/ann-1/add',
      headers: resident,
      payload: { amount: 2 },
    })
    expect(added.statusCode).toBe(200)
    expect(added.json()).toMatchObject({ streamName: 'counter-ann-1', revision: 0 })
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/counters/ann-1/add',
      payload: { amount: 2 },
    })
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect((await app.inject({ url: '/api/health' })).json()).toEqual({ status: 'ok' })
    const root = await app.inject({ url: '/api' })
    expect(root.statusCode).toBe(200)
    expect(root.json<{ links: { docs: { href: string } } }>().links.docs.href).toBe('/api/docs')
    const docs = await app.inject({ url: '/api/docs/json' })
    expect(docs.statusCode).toBe(200)
    expect(Object.keys(docs.json<{ paths: object }>().paths)).toContain(
      '/api/counters/{counterId}/add',
    )
    const unknown = await app.inject({ url: '/api/nowhere', headers: resident })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/)
    // The host's own route needs no token and is not touched by the API's hooks.
    const hello = await app.inject({ url: '/hello' })
    expect(hello.statusCode).toBe(200)
    expect(hello.json()).toEqual({ hello: 'world' })
    expect(hello.headers['x-request-id']).toBeUndefined()
    expect(app.wenmingMetrics).toBeDefined()
  })

  it('registers at the host’s root too', async () => {
    const app = await hostWith()
    expect((await app.inject({ url: '/hello' })).statusCode).toBe(200)
    const added = await app.inject({
      method: 'POST',
      url: '/counters/ann-1/add',
      headers: resident,
      payload: { amount: 1 },
    })
    expect(added.statusCode).toBe(200)
  })

  it('answers no CORS headers unless origins are configured', async () => {
    const app = await hostWith()
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/counters/ann-1/add',
      headers: { origin: 'https://console.example', 'access-control-request-method': 'POST' },
    })
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('lets the configured origins call from a browser, and only them', async () => {
    const app = await hostWith({ corsOrigins: ['https://console.example'] })
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/counters/ann-1/add',
      headers: {
        origin: 'https://console.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,if-match',
      },
    })
    expect(preflight.statusCode).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe('https://console.example')
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('if-match')
    const added = await app.inject({
      method: 'POST',
      url: '/counters/ann-1/add',
      headers: { ...resident, origin: 'https://console.example' },
      payload: { amount: 1 },
    })
    expect(added.headers['access-control-allow-origin']).toBe('https://console.example')
    expect(String(added.headers['access-control-expose-headers'])).toContain('etag')
    const other = await app.inject({
      method: 'POST',
      url: '/counters/ann-1/add',
      headers: { ...resident, origin: 'https://elsewhere.example' },
      payload: { amount: 1 },
    })
    expect(other.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('compresses large reads for clients that accept it, and never a command', async () => {
    const app = await hostWith()
    const docs = await app.inject({ url: '/docs/json', headers: { 'accept-encoding': 'gzip' } })
    expect(docs.headers['content-encoding']).toBe('gzip')
    const added = await app.inject({
      method: 'POST',
      url: '/counters/ann-1/add',
      headers: { ...resident, 'accept-encoding': 'gzip' },
      payload: { amount: 1 },
    })
    expect(added.headers['content-encoding']).toBeUndefined()
    expect(added.json()).toMatchObject({ revision: 0 })
  })

  it('serves /metrics behind a role when asked, to anyone who can reach it when open', async () => {
    const app = await hostWith({ metricsAccess: { roles: ['auditor'] } })
    const scrape = (authorization?: string) =>
      app.inject({
        url: '/metrics',
        remoteAddress: '10.0.0.7',
        headers: authorization === undefined ? {} : { authorization },
      })
    expect((await scrape()).statusCode).toBe(401)
    expect((await scrape(resident.authorization)).statusCode).toBe(403)
    const allowed = await scrape('Bearer auditor-token-0123456789')
    expect(allowed.statusCode).toBe(200)
    expect(allowed.body).toContain('wenming_commands_total')
    await host.close()
    const open = await hostWith({ metricsAccess: 'open' })
    expect((await open.inject({ url: '/metrics', remoteAddress: '10.0.0.7' })).statusCode).toBe(200)
  })

  it('has no /metrics when metrics are off', async () => {
    const app = await hostWith({ metrics: false })
    expect((await app.inject({ url: '/metrics' })).statusCode).toBe(404)
    expect(app.wenmingMetrics).toBeUndefined()
  })
})
