import { Writable } from 'node:stream'
import { createInMemoryEventStore } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import type { AuthConfig } from './auth-config.js'
import { createApiServer } from './create-api-server.js'
import { createLogger } from './create-logger.js'
import { counterRoutes } from './testing/counter-routes.js'

const TOKEN = 'resident-token-0123456789'
const auth: AuthConfig = {
  tokens: [
    {
      token: TOKEN,
      principal: { id: 'ann', role: 'resident', sites: ['st-1'], teams: [], displayName: '王安娜' },
    },
  ],
}

type LogLine = { msg: string; reqId?: string; principal?: unknown; res?: { statusCode: number } }

const capture = () => {
  const lines: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean))
      done()
    },
  })
  return { logger: createLogger('info', sink), lines }
}

describe('request log lines', () => {
  it('carry the acting principal’s id and role, never the token or a personal field', async () => {
    const { logger, lines } = capture()
    const app = await createApiServer({
      store: createInMemoryEventStore(),
      auth,
      commands: counterRoutes(),
      logger,
      webConsole: false,
    })
    try {
      const ok = await app.inject({
        method: 'POST',
        url: '/counters/ann-1/add',
        headers: { authorization: `Bearer ${TOKEN}`, 'x-request-id': 'req-ok' },
        payload: { amount: 10 },
      })
      expect(ok.statusCode).toBe(200)
      const refused = await app.inject({
        method: 'POST',
        url: '/counters/ann-1/add',
        headers: { authorization: `Bearer ${TOKEN}x`, 'x-request-id': 'req-bad' },
        payload: { amount: 1 },
      })
      expect(refused.statusCode).toBe(401)
    } finally {
      await app.close()
    }
    logger.flush()
    const parsed = lines.map((line) => JSON.parse(line) as LogLine)
    const completed = (reqId: string) =>
      parsed.find((line) => line.reqId === reqId && line.msg === 'request completed')
    expect(completed('req-ok')?.principal).toEqual({ id: 'ann', role: 'resident' })
    expect(completed('req-ok')?.res?.statusCode).toBe(200)
    // Every line of the request after authentication names who acted.
    expect(
      parsed.filter((line) => line.reqId === 'req-ok' && line.msg !== 'incoming request'),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ principal: { id: 'ann', role: 'resident' } }),
      ]),
    )
    expect(completed('req-bad')).toBeDefined()
    expect(completed('req-bad')?.principal).toBeUndefined()
    const all = lines.join('\n')
    expect(all).not.toContain(TOKEN)
    expect(all).not.toContain('王安娜')
    expect(all).not.toContain('st-1')
  })
})
