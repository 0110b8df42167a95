import { Writable } from 'node:stream'
import { createInMemoryEventStore } from '@wenming/event-store'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { createApiServer } from './create-api-server.js'
import { counterRoutes } from './testing/counter-routes.js'

const token = 'resident-token-0123456789'

describe('request log lines', () => {
  it("name the acting principal's id and role, never the token or a name", async () => {
    const lines: Record<string, unknown>[] = []
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n'))
          if (line !== '') lines.push(JSON.parse(line) as Record<string, unknown>)
        done()
      },
    })
    const app = await createApiServer({
      store: createInMemoryEventStore(),
      auth: {
        tokens: [
          {
            token,
            principal: { id: 'ann', role: 'resident', sites: [], teams: [], displayName: '安妮' },
          },
        ],
      },
      commands: counterRoutes(),
      logger: pino({ level: 'info' }, sink),
    })
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/counters/ann-1/add',
        headers: { authorization: `Bearer ${token}` },
        payload: { amount: 1 },
      })
      expect(response.statusCode).toBe(200)
    } finally {
      await app.close()
    }
    const completed = lines.find((line) => line['msg'] === 'request completed')
    expect(completed).toMatchObject({ principal: 'ann', role: 'resident' })
    const all = JSON.stringify(lines)
    expect(all).not.toContain(token)
    expect(all).not.toContain('安妮')
  })
})
