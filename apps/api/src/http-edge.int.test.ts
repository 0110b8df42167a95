import { connect, type Socket } from 'node:net'
import { createInMemoryEventStore } from '@wenming/event-store'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
const bearer = 'Bearer resident-token-0123456789'

/** A raw connection to `port` that records what the server sends and when it closes. */
const rawClient = async (port: number) => {
  const socket: Socket = connect(port, '127.0.0.1')
  await new Promise((resolve) => socket.once('connect', resolve))
  let received = ''
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')))
  socket.on('error', () => undefined)
  const closed = new Promise<number>((resolve) => {
    const started = performance.now()
    socket.once('close', () => resolve(performance.now() - started))
  })
  return { socket, closed, received: () => received }
}

const within = <T>(promise: Promise<T>, ms: number): Promise<T | 'still open'> =>
  Promise.race([promise, new Promise<'still open'>((r) => setTimeout(() => r('still open'), ms))])

describe('slow clients', () => {
  let app: FastifyInstance
  let port: number
  beforeAll(async () => {
    app = await createApiServer({
      store: createInMemoryEventStore(),
      auth,
      commands: counterRoutes(),
      http: {
        headersTimeoutMs: 300,
        requestTimeoutMs: 600,
        idleTimeoutMs: 400,
        keepAliveTimeoutMs: 200,
        maxConnections: 4,
      },
    })
    await app.listen({ host: '127.0.0.1', port: 0 })
    port = (app.server.address() as { port: number }).port
  })
  afterAll(async () => {
    await app.close()
  })

  it('drops a partial request that goes silent', async () => {
    const client = await rawClient(port)
    client.socket.write('POST /counters/ann-1/add HTTP/1.1\r\nHost: x\r\n')
    expect(await within(client.closed, 3000)).not.toBe('still open')
  })

  it('drops a connection that never sends anything', async () => {
    const client = await rawClient(port)
    expect(await within(client.closed, 3000)).not.toBe('still open')
  })

  it('drops a body that trickles in slower than the request timeout', async () => {
    const client = await rawClient(port)
    client.socket.write(
      `POST /counters/ann-1/add HTTP/1.1\r\nHost: x\r\nAuthorization: ${bearer}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
    )
    const trickle = setInterval(() => client.socket.write(' '), 100)
    const outcome = await within(client.closed, 3000)
    clearInterval(trickle)
    expect(outcome).not.toBe('still open')
  })

  it('closes an idle keep-alive connection after its timeout', async () => {
    const client = await rawClient(port)
    client.socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n')
    expect(await within(client.closed, 3000)).not.toBe('still open')
    expect(client.received()).toMatch(/^HTTP\/1.1 200/)
  })

  it('caps the open connections', async () => {
    const held = await Promise.all([1, 2, 3, 4].map(() => rawClient(port)))
    const extra = await rawClient(port)
    expect(await within(extra.closed, 1000)).not.toBe('still open')
    for (const client of held) client.socket.destroy()
  })
})

describe('the documented HTTP defaults', () => {
  it('sets request, header, idle and keep-alive timeouts and a connection cap', async () => {
    const app = await createApiServer({ store: createInMemoryEventStore(), auth, commands: [] })
    try {
      expect(app.server.headersTimeout).toBe(10_000)
      expect(app.server.requestTimeout).toBe(30_000)
      expect(app.server.keepAliveTimeout).toBe(5_000)
      expect(app.server.timeout).toBe(60_000)
      expect(app.server.maxConnections).toBe(1_000)
    } finally {
      await app.close()
    }
  })
})

describe('framework errors', () => {
  let app: FastifyInstance
  let url: string
  beforeAll(async () => {
    app = await createApiServer({
      store: createInMemoryEventStore(),
      auth,
      commands: counterRoutes(),
    })
    url = await app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(async () => {
    await app.close()
  })

  const expectProblem = async (response: Response, status: number) => {
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    const body = (await response.json()) as { type?: unknown; status?: unknown }
    expect(body.status).toBe(status)
    expect(typeof body.type).toBe('string')
  }

  it('answers a bad URL encoding with a 400 problem', async () => {
    await expectProblem(
      await fetch(`${url}/counters/%E0%A4%A/add`, {
        method: 'POST',
        headers: { authorization: bearer },
      }),
      400,
    )
  })

  it('answers a path parameter over the limit with a 414 problem', async () => {
    await expectProblem(
      await fetch(`${url}/counters/${'a'.repeat(500)}/add`, {
        method: 'POST',
        headers: { authorization: bearer, 'content-type': 'application/json' },
        body: '{"amount":1}',
      }),
      414,
    )
  })

  it('answers a body over the limit with a 413 problem', async () => {
    await expectProblem(
      await fetch(`${url}/counters/ann-1/add`, {
        method: 'POST',
        headers: { authorization: bearer, 'content-type': 'application/json' },
        body: JSON.stringify({ amount: 1, pad: 'x'.repeat(300 * 1024) }),
      }),
      413,
    )
  })

  it('lets a client that sends 10 MB without Expect: 100-continue read its 413', async () => {
    for (let i = 0; i < 5; i++) {
      const client = await rawClient(Number(new URL(url).port))
      const body = Buffer.alloc(10 * 1024 * 1024, 0x20)
      client.socket.write(
        `POST /counters/ann-1/add HTTP/1.1\r\nHost: x\r\nAuthorization: ${bearer}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      )
      let reset = false
      client.socket.on('error', () => (reset = true))
      const written = new Promise<void>((resolve) => client.socket.write(body, () => resolve()))
      const answered = new Promise<void>((resolve) => {
        const check = () => {
          if (client.received().includes('"status":413')) resolve()
          else setTimeout(check, 10)
        }
        check()
      })
      await within(Promise.all([written, answered]), 10_000)
      expect(reset, `run ${i}: connection reset, received ${client.received().slice(0, 40)}`).toBe(
        false,
      )
      expect(client.received()).toMatch(/^HTTP\/1.1 413/)
      expect(client.received()).toContain('application/problem+json')
      client.socket.destroy()
    }
  })
})

describe('X-Request-Id', () => {
  it('keeps a sane one, and replaces one that is too long or has odd characters', async () => {
    const store = createInMemoryEventStore()
    const app = await createApiServer({ store, auth, commands: counterRoutes() })
    try {
      const post = (requestId: string) =>
        app.inject({
          method: 'POST',
          url: '/counters/ann-1/add',
          headers: { authorization: bearer, 'x-request-id': requestId },
          payload: { amount: 1 },
        })
      expect((await post('req-42')).headers['x-request-id']).toBe('req-42')
      const long = await post('r'.repeat(12 * 1024))
      const replaced = String(long.headers['x-request-id'])
      expect(replaced.length).toBeLessThanOrEqual(100)
      expect((await post('a b<script>')).headers['x-request-id']).not.toBe('a b<script>')
      for await (const event of store.readAll()) {
        expect(String(event.metadata?.['requestId']).length).toBeLessThanOrEqual(100)
      }
    } finally {
      await app.close()
    }
  })
})
