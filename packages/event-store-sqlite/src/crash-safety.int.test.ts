import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { RecordedEvent } from '@wenming/event-store'
import { describe, expect, it } from 'vitest'
import type { SqliteDurability } from './open-database.js'
import { createSqliteEventStore } from './sqlite-event-store.js'
import { useTempDir } from './test-support/temp-dir.js'

const file = useTempDir()
const KILLS = 20
const distEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url))

// The child runs the compiled package (the nx `test` target builds it first). It appends as fast
// as it can on 8 fixed streams and fresh ones, 1 to 3 events per append, and prints one line per
// acknowledged append: "ack <appendId> <events> <position> <nextExpectedRevision>".
const childSource = `
import { createSqliteEventStore } from ${JSON.stringify(pathToFileURL(distEntry).href)}
const [path, durability, run] = process.argv.slice(1)
const store = createSqliteEventStore({ path, durability })
const ack = (id, n, r) => process.stdout.write(\`ack \${id} \${n} \${r.position} \${r.nextExpectedRevision}\\n\`)
const events = (id, n) => Array.from({ length: n }, (_, k) => ({ type: 'E', data: { append: id, k, n }, id: id + '/' + k }))
const fixed = async (w) => {
  const stream = 's-' + w
  let revision = -1
  for await (const e of store.readStream(stream)) revision = e.revision
  for (let seq = 0; ; seq++) {
    const id = run + '-' + w + '-' + seq
    const n = 1 + (seq % 3)
    const r = await store.appendToStream(stream, events(id, n), { expectedRevision: revision < 0 ? 'no_stream' : revision })
    revision = r.nextExpectedRevision
    ack(id, n, r)
  }
}
const fresh = async () => {
  for (let seq = 0; ; seq++) {
    const id = run + '-fresh-' + seq
    ack(id, 2, await store.appendToStream('f-' + id, events(id, 2), { expectedRevision: 'no_stream' }))
  }
}
process.stdout.write('ready\\n')
await Promise.all([...Array.from({ length: 8 }, (_, w) => fixed(w)), fresh()])
`

type Ack = { id: string; events: number; position: number; nextExpectedRevision: number }

/** Starts a child, kills it with SIGKILL a random moment after its first acks, returns its acks. */
const runAndKill = (path: string, durability: SqliteDurability, run: number): Promise<Ack[]> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', childSource, path, durability, String(run)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    let err = ''
    let armed = false
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      if (!armed && out.includes('ack ')) {
        armed = true
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 120))
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
    child.on('error', reject)
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`The child ended without being killed: ${err}`))
        return
      }
      const lines = out
        .split('\n')
        .filter((line) => line.startsWith('ack ') && line.split(' ').length === 5)
      resolve(
        lines.map((line) => {
          const [, id, events, position, next] = line.split(' ')
          return {
            id: id!,
            events: Number(events),
            position: Number(position),
            nextExpectedRevision: Number(next),
          }
        }),
      )
    })
  })

/** Everything the crash-safety rules demand of the reopened store, for every ack so far. */
const violationsOf = async (path: string, acks: readonly Ack[]): Promise<string[]> => {
  const store = createSqliteEventStore({ path })
  const violations: string[] = []
  const byAppend = new Map<string, RecordedEvent[]>()
  const nextRevision = new Map<string, number>()
  let lastPosition = 0
  for await (const event of store.readAll()) {
    if (event.position <= lastPosition)
      violations.push(`position ${event.position} after ${lastPosition}`)
    lastPosition = event.position
    const expected = nextRevision.get(event.streamName) ?? 0
    if (event.revision !== expected) {
      violations.push(`${event.streamName}: revision ${event.revision}, expected ${expected}`)
    }
    nextRevision.set(event.streamName, event.revision + 1)
    const { append } = event.data as { append: string }
    const events = byAppend.get(append)
    if (events === undefined) byAppend.set(append, [event])
    else events.push(event)
  }
  await store.close()
  for (const [append, events] of byAppend) {
    // No append in part: all its events, in consecutive revisions of one stream.
    const { n } = events[0]!.data as { n: number }
    const whole =
      events.length === n &&
      events.every(
        (e, k) => (e.data as { k: number }).k === k && e.streamName === events[0]!.streamName,
      ) &&
      events.at(-1)!.revision - events[0]!.revision === n - 1
    if (!whole) violations.push(`append ${append} is present in part`)
  }
  for (const ack of acks) {
    const last = byAppend.get(ack.id)?.at(-1)
    if (last === undefined) violations.push(`acknowledged append ${ack.id} is missing`)
    else if (last.position !== ack.position || last.revision !== ack.nextExpectedRevision) {
      violations.push(`acknowledged append ${ack.id} moved`)
    }
  }
  return violations
}

describe.concurrent('crash safety', () => {
  for (const durability of ['full', 'normal'] as const) {
    it(`keeps every acknowledged append, whole, across ${KILLS} SIGKILLs (durability ${durability})`, async () => {
      expect(existsSync(distEntry), 'build the package first (nx test does)').toBe(true)
      const path = file(`crash-${durability}.db`)
      const acks: Ack[] = []
      for (let run = 0; run < KILLS; run++) {
        acks.push(...(await runAndKill(path, durability, run)))
        expect(await violationsOf(path, acks)).toEqual([])
      }
      expect(acks.length).toBeGreaterThan(KILLS)
    }, 60_000)
  }
})
