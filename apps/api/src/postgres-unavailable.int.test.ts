import { createPostgresEventStore } from '@wenming/event-store-postgres'
import { describe, expect, it } from 'vitest'
import type { AuthConfig } from './auth-config.js'
import { createApiServer } from './create-api-server.js'
import { counterRoutes } from './testing/counter-routes.js'

const auth: AuthConfig = {
  tokens: [
    {
      token: 'resident-token-0123456789',
      principal: { id: 'ann', role: 'resident', sites: [], teams: [] },
    },
  ],
}

describe('a PostgreSQL store that does not answer, at the HTTP edge', () => {
  it('answers a command with 503 and Retry-After, not a bare 500', async () => {
    // Nothing listens on port 1: every connection is refused by the real network stack.
    const store = createPostgresEventStore({
      connectionString: 'postgres://root@127.0.0.1:1/wenming',
      connectionTimeoutMs: 1000,
    })
    const app = await createApiServer({ store, auth, commands: counterRoutes() })
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/counters/ann-1/add',
        headers: { authorization: 'Bearer resident-token-0123456789' },
        payload: { amount: 1 },
      })
      expect(response.statusCode).toBe(503)
      expect(response.headers['retry-after']).toBeDefined()
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(response.json<{ type: string }>().type).toBe('urn:wenming:problem:store-unavailable')
    } finally {
      await app.close()
      await store.close()
    }
  })
})
