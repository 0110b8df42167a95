import { createInMemoryEventStore, inMemoryReadSide } from '@wenming/event-store'
import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import type { AuthConfig } from './auth-config.js'
import { wenmingApi } from './wenming-api-plugin.js'

const auth: AuthConfig = {
  tokens: [
    {
      token: 'dispatcher-token-0123456789',
      principal: { id: 'u-dispatcher', role: 'centre-dispatcher', sites: [], teams: [] },
    },
  ],
}
const headers = { authorization: 'Bearer dispatcher-token-0123456789' }

describe('wenmingApi as a plugin', () => {
  it('runs the Wenming API under a prefix of a host app, read models included, until the app closes', async () => {
    const store = createInMemoryEventStore()
    const readSide = inMemoryReadSide(store)
    const host = Fastify()
    host.get('/', () => 'the host’s own page')
    await host.register(wenmingApi, {
      store,
      readSide,
      auth,
      prefix: '/api',
      recovery: false,
      projectionIntervalMs: 5,
    })
    try {
      const created = await host.inject({
        method: 'POST',
        url: '/api/sites',
        headers,
        payload: {
          siteId: 'centre',
          parentId: null,
          level: 'center',
          name: '中心',
          kind: 'center',
          coordinates: { latitude: 30, longitude: 120.1 },
        },
      })
      expect(created.statusCode).toBe(201)
      expect(created.headers.location).toBe('/api/sites/centre')
      for (let i = 0; i < 200 && host.wenming.projections.freshness('sites').behind > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      const sites = await host.inject({ url: '/api/sites', headers })
      expect(sites.statusCode).toBe(200)
      expect(sites.json<{ total: number }>().total).toBe(1)
      expect((await host.inject({ url: '/' })).body).toBe('the host’s own page')
      expect((await host.inject({ url: '/api/ready' })).statusCode).toBe(200)
    } finally {
      await host.close()
      await readSide.close()
    }
  })
})
