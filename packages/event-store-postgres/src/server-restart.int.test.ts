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
if (unavailable !== undefined) console.warn(`Skipping the PostgreSQL restart test: ${unavailable}`)

describe.skipIf(unavailable !== undefined)('the PostgreSQL store across a server restart', () => {
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

  it.each([true, false])(
    'fails appends with typed unavailable errors while it restarts, then goes on by itself (group commit: %s)',
    async (groupCommit) => {
      const store = createPostgresEventStore({
        connectionString: `${cluster.url}/wenming`,
        groupCommit,
        maxConnections: 4,
        connectionTimeoutMs: 2000,
      })
      await store.appendToStream(`warm-${groupCommit}`, [{ type: 'A', data: {} }])
      const acknowledged: string[] = []
      const failures: unknown[] = []
      let restarted = false
      let afterRestart = 0
      const load = Array.from({ length: 4 }, async (_, w) => {
        // Appends go on through the restart and until 20 of them have succeeded after it.
        for (let i = 0; !restarted || afterRestart < 20; i++) {
          const id = crypto.randomUUID()
          try {
            await store.appendToStream(`load-${groupCommit}-${w}`, [{ type: 'L', data: { i }, id }])
            acknowledged.push(id)
            if (restarted) afterRestart++
          } catch (error) {
            failures.push(error)
            await new Promise((resolve) => setTimeout(resolve, 20))
          }
        }
      })
      await new Promise((resolve) => setTimeout(resolve, 200))
      await cluster.restart()
      restarted = true
      await Promise.all(load)

      expect(failures.length).toBeGreaterThan(0)
      const untyped = failures.filter((e) => !isPostgresUnavailableError(e))
      expect(untyped.map((e) => `${(e as Error).name}: ${(e as Error).message}`)).toEqual([])
      const logged = new Set<string>()
      for await (const event of store.readAll()) logged.add(event.id)
      expect(acknowledged.filter((id) => !logged.has(id))).toEqual([])
      await store.close()
    },
  )
})
