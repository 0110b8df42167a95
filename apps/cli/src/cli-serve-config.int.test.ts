import { describe, expect, it } from 'vitest'
import { startServer } from './testing/run-wenming.js'

const CONSOLE = 'https://console.example.org'

describe('wenming serve configured from the environment', () => {
  it(
    'allows the origins, limits the writes and keeps the shutdown timeout the variables name',
    { timeout: 120_000 },
    async () => {
      const server = await startServer(['--dev', '--store', 'memory'], /dispatcher\s+\S+/, {
        PORT: '0',
        WENMING_CORS_ORIGINS: CONSOLE,
        WENMING_WRITES_PER_MINUTE: '1',
        WENMING_SHUTDOWN_TIMEOUT: '2',
      })
      try {
        const url = /Wenming API on (\S+)/.exec(server.stdout())?.[1]
        const token = /centre-dispatcher\s+(\S+)/.exec(server.stdout())?.[1]
        expect(url, server.stdout() + server.stderr()).toBeDefined()
        const from = async (origin: string) =>
          (await fetch(`${url}/ready`, { headers: { origin } })).headers.get(
            'access-control-allow-origin',
          )
        expect(await from(CONSOLE)).toBe(CONSOLE)
        expect(await from('https://elsewhere.example.org')).toBeNull()
        const accept = () =>
          fetch(`${url}/orders/o-1/accept`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: '{}',
          })
        // No such order: refused by the domain, but a command all the same.
        expect((await accept()).status).toBe(404)
        expect((await accept()).status).toBe(429)
      } finally {
        server.child.kill('SIGTERM')
      }
      expect(await server.exited).toBe(0)
      expect(server.stderr()).toContain('SIGTERM: shutting down (requests in flight get 2 s)')
    },
  )

  it('lets a flag beat its variable', { timeout: 120_000 }, async () => {
    const server = await startServer(
      ['--dev', '--store', 'memory', '--cors-origins', 'https://other.example.org'],
      /Docs: /,
      { PORT: '0', WENMING_CORS_ORIGINS: CONSOLE },
    )
    try {
      const url = /Wenming API on (\S+)/.exec(server.stdout())?.[1]
      expect(url, server.stdout() + server.stderr()).toBeDefined()
      const from = async (origin: string) =>
        (await fetch(`${url}/ready`, { headers: { origin } })).headers.get(
          'access-control-allow-origin',
        )
      expect(await from('https://other.example.org')).toBe('https://other.example.org')
      expect(await from(CONSOLE)).toBeNull()
    } finally {
      server.child.kill('SIGTERM')
    }
    expect(await server.exited).toBe(0)
  })
})
