import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPostgresEventStore } from './postgres-event-store.js'
import { isPostgresUnavailableError } from './postgres-store-errors.js'
import {
  privateClusterUnavailable,
  startPrivateCluster,
  type PrivateCluster,
} from './test-support/private-cluster.js'

const unavailable = privateClusterUnavailable()
if (unavailable !== undefined) console.warn(`Skipping the PostgreSQL crash test: ${unavailable}`)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.skipIf(unavailable !== undefined)('the PostgreSQL store across server crashes', () => {
  let cluster: PrivateCluster
  beforeAll(async () => {
    cluster = await startPrivateCluster()
    const admin = new pg.Client({ connectionString: `${cluster.url}/postgres` })
    await admin.connect()
    await admin.query('CREATE DATABASE wenming')
    await admin.end()
  })
  afterAll(async () => {
    await cluster?.remove()
  })

  it('keeps every acknowledged append and no part of any other, over 20 SIGKILLs of the server', async () => {
    const store = createPostgresEventStore({
      connectionString: `${cluster.url}/wenming`,
      maxConnections: 4,
      connectionTimeoutMs: 2000,
    })
    await store.migrate()
    const failures: unknown[] = []
    for (let kill = 0; kill < Number(process.env.WENMING_SERVER_KILLS ?? 20); kill++) {
      const run = `k${kill}`
      const acknowledged: string[] = []
      let stop = false
      let next = 0
      // A bounded load: four workers, each with one 3-event append in flight at a time.
      const workers = Array.from({ length: 4 }, async () => {
        while (!stop) {
          const id = `${run}-${next++}`
          try {
            await store.appendToStream(
              `crash-${run}-${next % 5}`,
              [0, 1, 2].map((k) => ({ type: `Crash${k}`, data: { k }, id: `${id}-${k}` })),
            )
            acknowledged.push(id)
          } catch (error) {
            failures.push(error)
            await sleep(20)
          }
        }
      })
      const before = 5 + ((kill * 7) % 40)
      while (acknowledged.length < before) await sleep(2)
      await cluster.killAndStart()
      stop = true
      await Promise.all(workers)

      const appends = new Map<string, number[]>()
      for await (const event of store.readAll()) {
        if (!event.id.startsWith(`${run}-`)) continue
        const append = event.id.slice(0, event.id.lastIndexOf('-'))
        appends.set(append, [...(appends.get(append) ?? []), (event.data as { k: number }).k])
      }
      expect(acknowledged.filter((id) => !appends.has(id))).toEqual([])
      for (const parts of appends.values()) expect(parts).toEqual([0, 1, 2])
    }
    // Each kill fails the appends in flight and those sent while the server recovers.
    expect(failures.length).toBeGreaterThan(0)
    const untyped = failures.filter((e) => !isPostgresUnavailableError(e))
    expect(untyped.map((e) => `${(e as Error).name}: ${(e as Error).message}`)).toEqual([])
    await store.close()
  }, 300_000)
})
