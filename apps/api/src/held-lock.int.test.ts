import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ReadSide } from '@wenming/event-store'
import {
  createSqliteEventStore,
  sqliteReadSide,
  type SqliteEventStore,
} from '@wenming/event-store-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWenmingApi, type WenmingApi } from './create-wenming-api.js'

const TOKEN = 'held-lock-token-0123456789'

/** Another process that takes the write lock of `path`, says so, and keeps it for `holdMs`. */
const holdWriteLock = async (path: string, holdMs: number): Promise<ChildProcess> => {
  const script = `
    const Database = require('better-sqlite3')
    const db = new Database(${JSON.stringify(path)})
    db.exec('BEGIN IMMEDIATE')
    process.stdout.write('held\\n')
    setTimeout(() => { db.exec('ROLLBACK'); db.close() }, ${holdMs})
  `
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve())
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${String(code)}`)))
  })
  return child
}

describe('a write lock held by another process', () => {
  let dir: string
  let store: SqliteEventStore
  let api: WenmingApi
  let readSide: ReadSide
  let url: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wenming-held-lock-'))
    store = createSqliteEventStore({ path: join(dir, 'events.db'), busyTimeoutMs: 4000 })
    readSide = sqliteReadSide(store)
    api = await createWenmingApi({
      store,
      readSide,
      auth: {
        tokens: [
          { token: TOKEN, principal: { id: 'd', role: 'centre-dispatcher', sites: [], teams: [] } },
        ],
      },
    })
    url = await api.app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(async () => {
    await api.close()
    await readSide.close()
    await store.close()
    await rm(dir, { recursive: true, force: true })
  })

  const register = (siteId: string) =>
    fetch(`${url}/sites`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        siteId,
        parentId: null,
        level: 'center',
        name: 'centre',
        kind: 'center',
        coordinates: { latitude: 30, longitude: 120 },
      }),
    })

  it('keeps /health fast while a command waits, then answers the command 503 with Retry-After', async () => {
    const holder = await holdWriteLock(join(dir, 'events.db'), 6000)
    const command = register('centre')
    // /health every 100 ms while the command waits, each timed from when it was due: a frozen
    // event loop delays the timers and the answers alike.
    const t0 = performance.now()
    let worst = 0
    for (let i = 1; i <= 30; i++) {
      const due = t0 + i * 100
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())))
      const health = await fetch(`${url}/health`)
      expect(health.status).toBe(200)
      worst = Math.max(worst, performance.now() - due)
    }
    // Blocked, the loop would answer ~4 s late; the margin is for a loaded machine.
    expect(worst, `worst ${worst} ms`).toBeLessThan(2000)
    const refused = await command
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBe('1')
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    await new Promise((resolve) => holder.once('exit', resolve))
    expect((await register('centre')).status).toBe(201)
  })
})
