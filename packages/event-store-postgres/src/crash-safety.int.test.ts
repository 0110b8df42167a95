import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createPostgresEventStore } from './postgres-event-store.js'
import { useTestDatabase } from './test-support/test-database.js'

const dist = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js'))

/** Appends 3-event batches, 8 in flight, printing each acknowledged append's id; runs until killed. */
const appender = `
import { createPostgresEventStore } from ${JSON.stringify(dist.href)}
const [url, run] = process.argv.slice(1)
const store = createPostgresEventStore({ connectionString: url, maxConnections: 4 })
let next = 0
const worker = async () => {
  for (;;) {
    const n = next++
    const id = run + '-' + n
    await store.appendToStream('crash-' + run + '-' + (n % 5), [0, 1, 2].map((k) => ({
      type: 'Crash' + k, data: { n, k, padding: 'x'.repeat(100) }, id: id + '-' + k,
    })))
    process.stdout.write(id + '\\n')
  }
}
await Promise.all(Array.from({ length: 8 }, worker))
`

/** Runs the appender until it has acknowledged about `after` appends, then SIGKILLs it. */
const killMidLoad = (url: string, run: string, after: number): Promise<string[]> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', appender, url, run], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      output += chunk
      if (output.split('\n').length > after) child.kill('SIGKILL')
    })
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`The appender exited by itself (${signal})`))
      // A line cut by the kill is not an acknowledgement.
      else resolve(output.split('\n').slice(0, -1))
    })
  })

const url = useTestDatabase()

describe('the PostgreSQL store under SIGKILL', () => {
  it('keeps every acknowledged append and no part of any other, over 20 kills', async () => {
    const store = createPostgresEventStore({ connectionString: url(), maxConnections: 2 })
    await store.migrate()
    for (let kill = 0; kill < Number(process.env.WENMING_CRASH_KILLS ?? 20); kill++) {
      const run = `k${kill}`
      const acknowledged = await killMidLoad(url(), run, 5 + ((kill * 7) % 40))
      const appends = new Map<string, number[]>()
      for await (const event of store.readAll()) {
        if (!event.id.startsWith(`${run}-`)) continue
        const append = event.id.slice(0, event.id.lastIndexOf('-'))
        appends.set(append, [...(appends.get(append) ?? []), (event.data as { k: number }).k])
      }
      expect(acknowledged.filter((id) => !appends.has(id))).toEqual([])
      for (const parts of appends.values()) expect(parts).toEqual([0, 1, 2])
    }
    await store.close()
  }, 300_000)
})
