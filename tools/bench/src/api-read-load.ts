import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createWenmingApi, type AuthConfig } from '@wenming/api'
import { createSqliteEventStore, sqliteReadSide } from '@wenming/event-store-sqlite'
import { simulateDistrictYear } from '@wenming/simulator'
import autocannon from 'autocannon'
import type { Metric } from './metric.js'

const CONNECTIONS = 64
const TOKEN = 'bench-reader-token-0123456789'
const auth: AuthConfig = {
  tokens: [
    {
      token: TOKEN,
      principal: { id: 'bench-reader', role: 'centre-dispatcher', sites: [], teams: [] },
    },
  ],
}

const run = (options: autocannon.Options): Promise<autocannon.Result> =>
  new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
  })

type Page = { items: Record<string, string>[] }

/**
 * The demo district (the simulated 2022 year, as `npm start` seeds it) behind the API, then 10 s
 * of the order board alone and 10 s of a mixed read load at 64 connections: site, team, order and
 * activity lists, their details and the service circle, each connection cycling through them.
 */
export const apiReadLoad = async (log: (line: string) => void): Promise<Metric[]> => {
  const dir = await mkdtemp(join(tmpdir(), 'wenming-api-reads-'))
  const store = createSqliteEventStore({ path: join(dir, 'events.db'), durability: 'normal' })
  try {
    log('api: simulating the demo district (2022) for the read load')
    const summary = await simulateDistrictYear(store, { year: 2022, seed: 1, profile: '2022' })
    const readSide = sqliteReadSide(store)
    const api = await createWenmingApi({ store, readSide, auth })
    try {
      const url = await api.app.listen({ host: '127.0.0.1', port: 0 })
      const headers = { authorization: `Bearer ${TOKEN}` }
      while (!api.projections.ready()) await new Promise((resolve) => setTimeout(resolve, 100))
      const get = async (path: string): Promise<Page> => {
        const response = await fetch(`${url}${path}`, { headers })
        if (!response.ok) throw new Error(`${path}: ${response.status}`)
        return (await response.json()) as Page
      }
      const ids = async (path: string, field: string, count: number): Promise<string[]> =>
        (await get(`${path}${path.includes('?') ? '&' : '?'}limit=${count}`)).items.map(
          (item) => item[field] ?? '',
        )
      const stations = await ids('/sites?level=station', 'siteId', 8)
      const teams = await ids('/teams', 'teamId', 8)
      const orders = await ids('/order-list', 'orderId', 8)
      const activities = await ids('/activities', 'activityId', 4)
      const requests = [
        '/sites?level=station&limit=20',
        ...stations.map((id) => `/sites/${id}`),
        '/teams?limit=20',
        ...teams.map((id) => `/teams/${id}`),
        '/order-list?limit=20',
        '/order-list?status=completed,evaluated&limit=20',
        ...orders.map((id) => `/orders/${id}`),
        '/activities?limit=20',
        ...activities.map((id) => `/activities/${id}`),
        ...stations.map((id) => `/service-circle?siteId=${id}`),
        '/clusters',
        '/monthly-themes/2022-03',
      ].map((path) => ({ method: 'GET', path }))
      log(
        `api: demo district of ${summary.sites} sites and ${summary.teams} teams; ` +
          `${requests.length} read paths; the board, then the mixed reads, 10 s each`,
      )
      const board = await run({
        url: `${url}/orders?limit=20`,
        headers,
        connections: CONNECTIONS,
        duration: 10,
        workers: 1,
      })
      const mixed = await run({
        url,
        headers,
        requests,
        connections: CONNECTIONS,
        duration: 10,
        workers: 1,
      })
      for (const [label, result] of [
        ['demo board reads', board],
        ['demo mixed reads', mixed],
      ] as const) {
        log(
          `api: ${label}: ${result['2xx']} 2xx, ${result.non2xx} other, ${result.errors} errors ` +
            `in ${result.duration} s; p99 ${result.latency.p99} ms`,
        )
        if (result.non2xx > 0 || result.errors > 0) throw new Error(`${label}: failures`)
      }
      return [
        {
          name: 'api.demo_board_reads_per_s',
          value: board['2xx'] / board.duration,
          unit: 'reads/s',
        },
        { name: 'api.demo_board_p99_ms', value: board.latency.p99, unit: 'ms' },
        { name: 'api.mixed_reads_per_s', value: mixed['2xx'] / mixed.duration, unit: 'reads/s' },
        { name: 'api.mixed_reads_p99_ms', value: mixed.latency.p99, unit: 'ms' },
      ]
    } finally {
      await api.close()
      await readSide.close()
    }
  } finally {
    await store.close()
    await rm(dir, { recursive: true, force: true })
  }
}
