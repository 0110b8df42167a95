import { createInMemoryEventStore } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { AuthConfig } from './auth-config.js'
import { closeWithin } from './close-within.js'
import { commandRoute } from './command-route.js'
import { createApiServer } from './create-api-server.js'

const auth: AuthConfig = {
  tokens: [
    {
      token: 'resident-token-0123456789',
      principal: { id: 'ann', role: 'resident', sites: [], teams: [] },
    },
  ],
}

/** A server whose one command waits for `release` before it answers. */
const slowServer = async () => {
  let entered: () => void = () => undefined
  const started = new Promise<void>((resolve) => (entered = resolve))
  let release: () => void = () => undefined
  const gate = new Promise<void>((resolve) => (release = resolve))
  const app = await createApiServer({
    store: createInMemoryEventStore(),
    auth,
    webConsole: false,
    commands: [
      commandRoute({
        url: '/slow',
        operationId: 'slow',
        summary: 'Waits',
        tag: 'test',
        params: z.object({}),
        body: z.object({}),
        roles: ['resident'],
        execute: async () => {
          entered()
          await gate
          return { ok: true, streamName: 'slow', revision: 0, events: [] }
        },
      }),
    ],
  })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  const send = () =>
    fetch(`${url}/slow`, {
      method: 'POST',
      headers: { authorization: 'Bearer resident-token-0123456789' },
    })
  return { app, send, started, release }
}

describe('closeWithin', () => {
  it('lets a request in flight finish, takes no new connection, then closes', async () => {
    const { app, send, started, release } = await slowServer()
    const inFlight = send()
    await started
    const closing = closeWithin(app, 5_000)
    await expect(send()).rejects.toThrow()
    release()
    expect((await inFlight).status).toBe(200)
    expect(await closing).toEqual({ forced: false })
  })

  it('cuts what is still running at the deadline', async () => {
    const { app, send, started, release } = await slowServer()
    const inFlight = send()
    await started
    const began = performance.now()
    expect(await closeWithin(app, 200)).toEqual({ forced: true })
    expect(performance.now() - began).toBeLessThan(2_000)
    await expect(inFlight).rejects.toThrow()
    release()
  })
})
