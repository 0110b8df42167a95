import { spawn } from 'node:child_process'
import { createServer, type Server, type Socket } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEventStoreDbEventStore } from './create-event-store-db-event-store.js'
import { isEventStoreDbTimeoutError } from './event-store-db-timeout-error.js'
import { isEventStoreDbUnavailableError } from './event-store-db-unavailable-error.js'

// Real sockets on loopback: a port nobody listens on, and a TCP server that accepts connections
// and never sends a byte (what a hung server or a wrong port behind a proxy looks like).

const listen = (server: Server): Promise<number> =>
  new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address !== null ? address.port : 0)
    })
  })

const refusedPort = async (): Promise<number> => {
  const server = createServer()
  const port = await listen(server)
  await new Promise((resolve) => server.close(resolve))
  return port
}

const failureOf = async (work: () => Promise<unknown>) => {
  const started = performance.now()
  const error = await work().then(
    () => undefined,
    (failure: unknown) => failure,
  )
  return { error, elapsedMs: performance.now() - started }
}

const drain = async (events: AsyncIterable<unknown>): Promise<void> => {
  for await (const _ of events) {
    // reading is the point
  }
}

const TIMEOUT_MS = 300
const MARGIN_MS = 700

describe('EventStoreDB faults on real sockets', () => {
  let silent: Server
  let silentPort: number
  const sockets = new Set<Socket>()
  let refused: number

  beforeAll(async () => {
    silent = createServer((socket) => {
      sockets.add(socket)
      socket.on('error', () => undefined)
      socket.on('close', () => sockets.delete(socket))
    })
    silentPort = await listen(silent)
    refused = await refusedPort()
  })

  afterAll(async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise((resolve) => silent.close(resolve))
  })

  const storeAt = (port: number) =>
    createEventStoreDbEventStore({
      connectionString: `esdb://127.0.0.1:${port}?tls=false`,
      timeoutMs: TIMEOUT_MS,
    })

  describe('a refused port', () => {
    it.each([
      [
        'appendToStream',
        (s: ReturnType<typeof storeAt>) => s.appendToStream('order-1', [{ type: 'A', data: {} }]),
      ],
      ['readStream', (s: ReturnType<typeof storeAt>) => drain(s.readStream('order-1'))],
      ['readAll', (s: ReturnType<typeof storeAt>) => drain(s.readAll())],
    ])(
      'fails %s within one second with an unavailable error naming the endpoint',
      async (_, call) => {
        const store = storeAt(refused)
        const { error, elapsedMs } = await failureOf(() => call(store))
        await store.close()
        expect(isEventStoreDbUnavailableError(error)).toBe(true)
        expect((error as Error).message).toContain(`127.0.0.1:${refused}`)
        expect(elapsedMs).toBeLessThan(1000)
      },
    )
  })

  describe('a server that accepts and never answers', () => {
    it.each([
      [
        'appendToStream',
        (s: ReturnType<typeof storeAt>) => s.appendToStream('order-1', [{ type: 'A', data: {} }]),
      ],
      [
        'an empty appendToStream',
        (s: ReturnType<typeof storeAt>) => s.appendToStream('order-1', []),
      ],
      ['readStream', (s: ReturnType<typeof storeAt>) => drain(s.readStream('order-1'))],
      ['readAll', (s: ReturnType<typeof storeAt>) => drain(s.readAll({ fromPosition: 7 }))],
      ['subscribeToAll', (s: ReturnType<typeof storeAt>) => drain(s.subscribeToAll({ after: 9 }))],
    ])('fails %s with a timeout error within timeoutMs', async (_, call) => {
      const store = storeAt(silentPort)
      const { error, elapsedMs } = await failureOf(() => call(store))
      await store.close()
      expect(isEventStoreDbTimeoutError(error)).toBe(true)
      expect(error).toMatchObject({ endpoint: `127.0.0.1:${silentPort}`, timeoutMs: TIMEOUT_MS })
      expect(elapsedMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 5)
      expect(elapsedMs).toBeLessThan(TIMEOUT_MS + MARGIN_MS)
    })

    it('closes promptly while a call still hangs, and refuses calls afterwards', async () => {
      const store = storeAt(silentPort)
      const hanging = store
        .appendToStream('order-1', [{ type: 'A', data: {} }])
        .catch((e: unknown) => e)
      const started = performance.now()
      await store.close()
      expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + MARGIN_MS)
      expect(await hanging).toBeInstanceOf(Error)
      await expect(store.appendToStream('order-1', [])).rejects.toThrow(/closed/)
      expect(() => store.readAll()).toThrow(/closed/)
    })
  })

  it('lets a Node process that used the built package exit by itself after close()', async () => {
    const dist = new URL('../dist/index.js', import.meta.url).href
    const script = `
      import { createEventStoreDbEventStore } from ${JSON.stringify(dist)}
      const use = async (port) => {
        const store = createEventStoreDbEventStore({
          connectionString: 'esdb://127.0.0.1:' + port + '?tls=false', timeoutMs: 300 })
        try {
          await store.appendToStream('order-1', [{ type: 'A', data: {} }])
          for await (const _ of store.readAll()) break
          return 'no error'
        } catch (error) {
          return error.name
        } finally {
          await store.close()
        }
      }
      const silent = await use(Number(process.env.SILENT_PORT))
      const refused = await use(Number(process.env.REFUSED_PORT))
      console.log(JSON.stringify({ silent, refused }))
      console.log('closed ' + performance.now())
    `
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, SILENT_PORT: String(silentPort), REFUSED_PORT: String(refused) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    let closedAt: number | undefined
    child.stdout.on('data', () => {
      if (closedAt === undefined && stdout.includes('closed ')) closedAt = performance.now()
    })
    const exit = await new Promise<{ code: number | null; at: number }>((resolve) => {
      const killer = setTimeout(() => child.kill('SIGKILL'), 8000)
      child.on('exit', (code) => {
        clearTimeout(killer)
        resolve({ code, at: performance.now() })
      })
    })
    expect(stderr).toBe('')
    expect(exit.code).toBe(0)
    expect(JSON.parse(stdout.split('\n')[0]!)).toEqual({
      silent: 'EventStoreDbTimeoutError',
      refused: 'EventStoreDbUnavailableError',
    })
    expect(closedAt).toBeDefined()
    expect(exit.at - closedAt!).toBeLessThan(3000)
  }, 15_000)
})
