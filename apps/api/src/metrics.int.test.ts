import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EventStore } from '@wenming/event-store'
import {
  createSqliteEventStore,
  SqliteStoreLockedError,
  sqliteReadSide,
} from '@wenming/event-store-sqlite'
import { wenmingReadModelNames } from '@wenming/projections'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApiMetrics } from './api-metrics.js'
import type { AuthConfig } from './auth-config.js'
import { createWenmingApi, type WenmingApi } from './create-wenming-api.js'

const auth: AuthConfig = {
  tokens: [
    {
      token: 'dispatcher-token-0123456789',
      principal: { id: 'u-dispatcher', role: 'centre-dispatcher', sites: [], teams: [] },
    },
    {
      token: 'auditor-token-0123456789',
      principal: { id: 'u-auditor', role: 'auditor', sites: [], teams: [] },
    },
  ],
}
const dispatcher = { authorization: 'Bearer dispatcher-token-0123456789' }

const site = (siteId: string, parentId: string | null, level: string) => ({
  siteId,
  parentId,
  level,
  name: `site ${siteId}`,
  kind: level === 'station' ? 'village' : level,
  coordinates: { latitude: 30, longitude: 120.1 },
})

/** The value of one sample line of the exposition (`name{labels} value`), or undefined. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

describe('/metrics', () => {
  let dir: string
  let api: WenmingApi
  let close: () => Promise<void>
  let locked = false

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wenming-metrics-'))
    const metrics = createApiMetrics()
    const sqlite = createSqliteEventStore({
      path: join(dir, 'events.db'),
      durability: 'normal',
      onGroupCommit: metrics.onGroupCommit,
    })
    // The API's view of the store, whose appends can be made to fail as a lock held elsewhere.
    const store: EventStore = {
      ...sqlite,
      appendToStream: (...args) =>
        locked
          ? Promise.reject(new SqliteStoreLockedError('locked', { code: 'SQLITE_BUSY' }))
          : sqlite.appendToStream(...args),
    }
    const readSide = sqliteReadSide(sqlite)
    api = await createWenmingApi({
      store,
      readSide,
      auth,
      metrics,
      recovery: false,
      projectionIntervalMs: 5,
      webConsole: false,
    })
    close = async () => {
      await api.close()
      await readSide.close()
      await sqlite.close()
    }
  })
  afterEach(async () => {
    await close()
    await rm(dir, { recursive: true, force: true })
  })

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    api.app.inject({ method: 'POST', url, headers: { ...dispatcher, ...headers }, payload })

  it('counts commands by type and outcome, appends, group commits, lag and store errors', async () => {
    expect((await post('/sites', site('centre', null, 'center'))).statusCode).toBe(201)
    const both = await Promise.all([
      post('/sites', site('inst-1', 'centre', 'institute')),
      post('/sites', site('inst-2', 'centre', 'institute')),
    ])
    expect(both.map((r) => r.statusCode)).toEqual([201, 201])
    const again = await post('/sites', site('centre', null, 'center'))
    expect(again.statusCode).toBe(409)
    const stale = await post('/sites/inst-1/rename', { name: 'renamed' }, { 'if-match': '"7"' })
    expect(stale.statusCode).toBe(412)
    locked = true
    expect((await post('/sites', site('inst-3', 'centre', 'institute'))).statusCode).toBe(503)
    locked = false
    for (let i = 0; i < 500 && api.projections.freshness('order-board').behind > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }

    const scrape = await api.app.inject({ method: 'GET', url: '/metrics' })
    expect(scrape.statusCode).toBe(200)
    expect(scrape.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = scrape.body
    const commands = 'wenming_commands_total'
    expect(sample(text, `${commands}{command="registerSite",outcome="accepted",refusal=""}`)).toBe(
      3,
    )
    expect(
      sample(
        text,
        `${commands}{command="registerSite",outcome="refused",refusal="SiteAlreadyRegistered"}`,
      ),
    ).toBe(1)
    expect(sample(text, `${commands}{command="registerSite",outcome="error",refusal=""}`)).toBe(1)
    expect(sample(text, `${commands}{command="renameSite",outcome="error",refusal=""}`)).toBe(1)
    const latency = 'wenming_command_duration_seconds'
    expect(sample(text, `${latency}_count{command="registerSite",outcome="accepted"}`)).toBe(3)
    expect(sample(text, `${latency}_count{command="registerSite",outcome="refused"}`)).toBe(1)
    expect(
      sample(text, `${latency}_bucket{le="+Inf",command="registerSite",outcome="accepted"}`),
    ).toBe(3)
    expect(sample(text, 'wenming_appends_total')).toBe(3)
    expect(sample(text, 'wenming_appended_events_total')).toBe(3)
    // Three appends reached the file, in two or three commits (the two at once may share one).
    expect(sample(text, 'wenming_store_group_commit_size_sum')).toBe(3)
    expect(sample(text, 'wenming_store_group_commit_size_count')).toBeGreaterThanOrEqual(2)
    expect(sample(text, 'wenming_store_errors_total{type="SqliteStoreLockedError"}')).toBe(1)
    for (const name of wenmingReadModelNames) {
      expect(sample(text, `wenming_projection_lag_events{read_model="${name}"}`), name).toBe(0)
    }
    expect(text).toMatch(/^wenming_process_cpu_seconds_total /m)
  })

  it('answers only the loopback interface by default', async () => {
    const remote = await api.app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '10.0.0.7',
    })
    expect(remote.statusCode).toBe(403)
    expect(remote.headers['content-type']).toMatch(/^application\/problem\+json/)
  })
})
