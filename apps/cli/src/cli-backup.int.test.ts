import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wenming } from './testing/run-wenming.js'

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')

// Appends 20 events at a time to the store, printing "at <last position>" after each group, until
// its stdin closes; it resolves the SQLite package as the CLI does, from this package.
const appender = `
import { createSqliteEventStore } from '@wenming/event-store-sqlite'
const store = createSqliteEventStore({ path: process.argv[1], durability: 'normal' })
let stopping = false
process.stdin.on('data', () => undefined).on('end', () => (stopping = true))
for (let group = 0; !stopping; group++) {
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
    store.appendToStream('load-' + (group % 50), [{ type: 'Loaded', data: { group, i } }])))
  process.stdout.write('at ' + Math.max(...results.map((r) => r.position)) + '\\n')
}
await store.close()
`

const tail = (store: string): string[] => {
  const result = wenming(['events', 'tail', '--store', store])
  expect(result.code, result.stderr).toBe(0)
  return result.stdout.trim().split('\n')
}

describe('wenming backup of a store another process keeps appending to', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wenming-cli-backup-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it(
    'copies a consistent prefix of the log, and restore puts back exactly that prefix',
    { timeout: 300_000 },
    async () => {
      const path = join(dir, 'live.db')
      const child = spawn(process.execPath, ['--input-type=module', '-e', appender, path], {
        cwd: packageDir,
        stdio: ['pipe', 'pipe', 'inherit'],
      })
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
      let last = 0
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        for (const match of chunk.matchAll(/at (\d+)/g)) last = Math.max(last, Number(match[1]))
      })
      const until = async (position: number): Promise<void> => {
        // No time limit of its own: the test's timeout bounds a writer that stopped.
        while (last < position) await new Promise((resolve) => setTimeout(resolve, 20))
      }
      let backup: ReturnType<typeof wenming>
      let position: number
      try {
        await until(1000)
        const out = join(dir, 'live.bak')
        // Asynchronous, so the writer's output keeps being read while the copy runs.
        backup = await new Promise((resolve) => {
          const run = spawn(process.execPath, [
            join(packageDir, 'bin', 'wenming.js'),
            'backup',
            '--store',
            `sqlite:${path}`,
            '--out',
            out,
          ])
          let stdout = ''
          let stderr = ''
          run.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
          run.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
          run.on('exit', (code) => resolve({ code, stdout, stderr }))
        })
        expect(backup.code, backup.stderr).toBe(0)
        position = Number(/last position (\d+)/.exec(backup.stdout)?.[1])
        expect(position).toBeGreaterThanOrEqual(1000)
        // The writer went on past the copy: the copy is a prefix, not the whole log.
        await until(position + 100)
      } finally {
        child.stdin.end()
      }
      expect(await exited).toBe(0)
      const restored = `sqlite:${join(dir, 'restored.db')}`
      const restore = wenming(['restore', '--from', join(dir, 'live.bak'), '--store', restored])
      expect(restore.code, restore.stderr).toBe(0)
      expect(restore.stdout).toContain(`last position ${position}`)
      const source = tail(`sqlite:${path}`)
      expect(source.length).toBeGreaterThan(position)
      expect(tail(restored)).toEqual(source.slice(0, position))
    },
  )
})
